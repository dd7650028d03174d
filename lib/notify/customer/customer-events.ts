import type { NotificationChannel, ShipmentStatus } from "@/lib/generated/prisma/enums";

/**
 * The events a customer is told about, and what sets each one off. The table is the one place to
 * extend: each entry names the outbox event or shipment status that triggers it and the
 * variables its templates may use. "Return pickup scheduled" and "refund issued" are outbox events
 * that name the return's or returned parcel's shipment, so the once-per-shipment key holds for
 * them too; templates, channel choice, quiet hours and delivery need no change.
 */
export const CUSTOMER_EVENTS = {
  SHIPPED: {
    label: "Shipped",
    trigger: { outboxType: "OrderShipped" },
    variables: ["customerName", "orderNumber", "courier", "awb", "trackingUrl", "expectedDelivery"],
  },
  OUT_FOR_DELIVERY: {
    label: "Out for delivery",
    trigger: { shipmentStatus: "OUT_FOR_DELIVERY" },
    variables: ["customerName", "orderNumber", "courier", "awb", "trackingUrl"],
  },
  DELIVERED: {
    label: "Delivered",
    trigger: { shipmentStatus: "DELIVERED" },
    variables: ["customerName", "orderNumber", "courier", "awb", "trackingUrl"],
  },
  DELIVERY_FAILED: {
    label: "Delivery failed",
    trigger: { shipmentStatus: "NDR" },
    variables: ["customerName", "orderNumber", "courier", "awb", "trackingUrl", "fixDeliveryUrl"],
  },
  // a returned parcel's refund went through Razorpay (lib/receiving/refund/record-refund.ts)
  REFUND_ISSUED: {
    label: "Refund issued",
    trigger: { outboxType: "RefundIssued" },
    variables: ["customerName", "orderNumber", "refundAmount"],
  },
  RETURN_PICKUP_SCHEDULED: {
    label: "Return pickup scheduled",
    trigger: { outboxType: "ReturnPickupScheduled" },
    variables: ["customerName", "orderNumber", "courier", "awb", "trackingUrl"],
  },
  // a COD order the admin's rule selects, as soon as it is placed (lib/cod-confirmation)
  COD_CONFIRMATION: {
    label: "Confirm COD order",
    trigger: { useCase: "lib/cod-confirmation/check-placed-orders.ts" },
    variables: ["customerName", "orderNumber", "codAmount", "confirmUrl", "cancelUrl"],
  },
} as const satisfies Record<
  string,
  {
    label: string;
    trigger: { outboxType: string } | { shipmentStatus: ShipmentStatus } | { useCase: string };
    variables: readonly TemplateVariable[];
  }
>;

export type CustomerEvent = keyof typeof CUSTOMER_EVENTS;
export const CUSTOMER_EVENT_KEYS = Object.keys(CUSTOMER_EVENTS) as CustomerEvent[];
export const CUSTOMER_CHANNELS: NotificationChannel[] = ["EMAIL", "SMS", "WHATSAPP"];

export type TemplateVariable =
  | "customerName"
  | "orderNumber"
  | "courier"
  | "awb"
  | "trackingUrl"
  | "expectedDelivery"
  | "fixDeliveryUrl"
  | "refundAmount"
  | "codAmount"
  | "confirmUrl"
  | "cancelUrl";

/** What each variable holds, for the admin's editor. */
export const VARIABLE_HINTS: Record<TemplateVariable, string> = {
  customerName: "the customer's first name",
  orderNumber: "the order number",
  courier: "the courier's name",
  awb: "the AWB (tracking number)",
  trackingUrl: "the public tracking page link",
  expectedDelivery: "the expected delivery date (IST), or 'soon'",
  fixDeliveryUrl: "the buyer's link to fix the failed delivery (valid 7 days)",
  refundAmount: "the amount refunded, e.g. Rs. 947.00 (no ₹ sign: it would make an SMS Unicode)",
  codAmount: "the cash to pay at delivery, e.g. Rs. 1,499.00",
  confirmUrl: "the buyer's link to confirm the order",
  cancelUrl: "the buyer's link to cancel the order",
};

export function isCustomerEvent(value: string): value is CustomerEvent {
  return Object.hasOwn(CUSTOMER_EVENTS, value);
}

/** The customer event a forward shipment's new status starts, if any. */
export function eventForShipmentStatus(status: string): CustomerEvent | null {
  for (const key of CUSTOMER_EVENT_KEYS) {
    const trigger = CUSTOMER_EVENTS[key].trigger;
    if ("shipmentStatus" in trigger && trigger.shipmentStatus === status) return key;
  }
  return null;
}
