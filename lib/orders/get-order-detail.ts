import { db } from "@/lib/db";
import { ndrSelect, toNdrView } from "@/lib/shipping/ndr-view";
import { getShipmentTracking } from "@/lib/shipping/get-shipment-tracking";
import { bookingAttemptsSelect, toAttemptView } from "@/lib/shipping/booking-attempts";
import { labelPath } from "@/lib/shipping/shipment-view";
import { listOrderMessages } from "@/lib/notify/customer/list-order-messages";
import { notFound } from "@/lib/errors/app-error";
import { deliveryAddressSelect } from "./delivery-address-select";
import { canTransition, isAddressEditable } from "./order-status";
import { orderNoteSelect, toOrderNoteView } from "./order-note-view";
import { NOT_PICKED_UP, RTO_ASKABLE } from "@/lib/shipping/cancel-live-shipment";
import { isFulfilmentEnabled } from "./require-fulfilment";
import { receiptViewSelect } from "@/lib/receiving/receipt-view";
import { riskSelect, toRiskView } from "@/lib/risk/risk-view";

const detailSelect = {
  id: true,
  number: true,
  source: true,
  ...deliveryAddressSelect,
  customerEmail: true,
  paymentMethod: true,
  paymentStatus: true,
  subtotalPaise: true,
  shippingPaise: true,
  discountPaise: true,
  taxPaise: true,
  totalPaise: true,
  codAmountPaise: true,
  codOrderedPaise: true,
  refundDuePaise: true,
  packedWeightGrams: true,
  packedBoxName: true,
  status: true,
  hasShortItems: true,
  shipmentFailed: true,
  ndrOpen: true,
  cancelReason: true,
  version: true,
  placedAt: true,
  updatedAt: true,
  items: {
    select: {
      id: true,
      sku: true,
      title: true,
      unitPricePaise: true,
      qtyOrdered: true,
      qtyPicked: true,
      qtyShort: true,
      qtyVerified: true,
    },
    orderBy: { sku: "asc" },
  },
  payments: {
    select: {
      id: true,
      provider: true,
      providerPaymentId: true,
      amountPaise: true,
      status: true,
      method: true,
      capturedAt: true,
    },
    orderBy: { createdAt: "asc" },
  },
  shipments: {
    select: {
      id: true,
      awb: true,
      status: true,
      direction: true,
      serviceName: true,
      failureReason: true,
      failureKind: true,
      bookedAt: true,
      expectedDeliveryAt: true,
      courierAccount: { select: { courier: true, name: true } },
      choiceReason: true,
      ...ndrSelect,
      ...bookingAttemptsSelect,
    },
    orderBy: { createdAt: "desc" },
  },
  statusHistory: {
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      reason: true,
      actorLabel: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
    orderBy: { createdAt: "asc" },
  },
  notes: { select: orderNoteSelect, orderBy: { createdAt: "desc" }, take: 200 },
  receipts: { select: receiptViewSelect, orderBy: { createdAt: "desc" } },
  ...riskSelect,
} as const;

/** Everything the order page shows, plus the actions its state allows for this caller. */
export async function getOrderDetail(input: { orderId: string }) {
  const [order, fulfilmentEnabled] = await Promise.all([
    db.order.findUnique({ where: { id: input.orderId }, select: detailSelect }),
    isFulfilmentEnabled(),
  ]);
  if (!order) throw notFound("The order");
  const {
    statusHistory,
    notes,
    shipments,
    rtoRiskScore,
    rtoRiskReasons,
    rtoRiskScoredAt,
    ...rest
  } = order;
  const tracking = await getShipmentTracking(shipments.map((s) => s.id));
  // A booking the courier may hold is booked again only by "retry anyway", on its shipment.
  const mustCheckCourier = shipments.some(
    (s) => s.status === "FAILED" && s.failureKind === "OUTCOME_UNVERIFIABLE",
  );
  return {
    ...rest,
    placedAt: rest.placedAt.toISOString(),
    updatedAt: rest.updatedAt.toISOString(),
    shipments: shipments.map(
      ({ courierAccount, ndrActions, trackingEvents, statusAt, bookingAttempts, ...s }) => ({
        ...s,
        attempts: bookingAttempts.map(toAttemptView),
        ndr: toNdrView({ status: s.status, statusAt, ndrActions, trackingEvents }),
        courier: courierAccount?.courier ?? null,
        courierAccountName: courierAccount?.name ?? null,
        trackingPath: s.awb ? `/track/${encodeURIComponent(s.awb)}` : null,
        labelPath: s.awb && s.status !== "CANCELLED" ? labelPath(s.id) : null,
        tracking: tracking.get(s.id) ?? null,
        retryAnyway:
          fulfilmentEnabled &&
          order.status === "PACKED" &&
          s.direction === "FORWARD" &&
          s.status === "FAILED" &&
          s.failureKind === "OUTCOME_UNVERIFIABLE",
      }),
    ),
    history: statusHistory.map((h) => ({
      id: h.id,
      from: h.fromStatus,
      to: h.toStatus,
      reason: h.reason,
      by: h.actor?.name ?? h.actorLabel,
      at: h.createdAt.toISOString(),
    })),
    notes: notes.map(toOrderNoteView),
    risk: toRiskView({ rtoRiskScore, rtoRiskReasons, rtoRiskScoredAt }),
    messages: await listOrderMessages(order.id),
    fulfilmentEnabled,
    actions: {
      markProcessing:
        fulfilmentEnabled && canTransition(order.status, "PROCESSING") && order.status === "PLACED",
      // A booked order while its parcel waits for pickup (the courier's answer decides the rest).
      cancel:
        fulfilmentEnabled &&
        (canTransition(order.status, "CANCELLED") ||
          (order.status === "SHIPPED" &&
            shipments.some((s) => s.direction === "FORWARD" && NOT_PICKED_UP.includes(s.status)))),
      // After pickup the courier no longer cancels: ops ask it to return the parcel instead.
      returnToOrigin:
        order.status === "SHIPPED" &&
        shipments.some((s) => s.direction === "FORWARD" && RTO_ASKABLE.includes(s.status)),
      editAddress: isAddressEditable(order.status),
      // Packed and waiting for a courier: book it now, or again after a failed booking.
      generateShipment: fulfilmentEnabled && order.status === "PACKED" && !order.shipmentFailed,
      retryShipment:
        fulfilmentEnabled && order.status === "PACKED" && order.shipmentFailed && !mustCheckCourier,
    },
  };
}

export type OrderDetail = Awaited<ReturnType<typeof getOrderDetail>>;
