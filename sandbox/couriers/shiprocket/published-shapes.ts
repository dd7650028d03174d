import { sampleShape, shapeOfSamples } from "@/lib/testing/json-shape";
import * as published from "./published";

/**
 * Test support: the shape each sandbox answer must have, learned from Shiprocket's published
 * samples (./published.ts). Where one sample shows a value and another shows it null, both
 * samples are learned. `pickup_scheduled_date` is a date in the AWB and webhook samples (that
 * account schedules its pickups at assignment) and null in the order list's; the sandbox schedules
 * one only when asked, so it is null until then.
 */
const unscheduled = <T extends object>(sample: T, pickupScheduled: object) =>
  shapeOfSamples(sample, { ...sample, ...pickupScheduled });

const assignData = published.assignAwb.body.response.data;

export const shapes = {
  createCustomOrder: sampleShape(published.createCustomOrder.body),
  createReturnOrder: sampleShape(published.createReturnOrder.body),
  assignAwb: unscheduled(published.assignAwb.body, {
    response: { data: { ...assignData, pickup_scheduled_date: null } },
  }),
  ordersList: shapeOfSamples(published.ordersList.body, published.ordersListNoParameters.body),
  serviceability: sampleShape(published.serviceability.body),
  serviceabilityNotFound: sampleShape(published.serviceabilityNotFound.body),
  pickup: sampleShape(published.pickup.body),
  label: sampleShape(published.label.body),
  manifest: sampleShape(published.manifest.body),
  invoice: sampleShape(published.invoice.body),
  // The AWB answer shows the dates of a delivered parcel, the shipment-id answer the nulls of one
  // not yet delivered (and leaves out five keys the AWB answer has, so those are not demanded).
  trackingThroughAwb: shapeOfSamples(
    published.trackingThroughAwb.body,
    published.trackingThroughShipmentId.body,
  ),
  webhookBody: unscheduled(published.webhookBody, { pickup_scheduled_date: null }),
};
