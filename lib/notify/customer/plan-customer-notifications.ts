import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { buyerNdrLinkPath } from "@/lib/ndr/buyer-link";
import { trackingPath } from "@/lib/shipping/record-booking";
import { COURIER_LABEL } from "@/lib/validation/courier-account";
import { formatRupees } from "@/lib/warehouse/format";
import { queueNotifications } from "../queue-notification";
import { buildCustomerMessages, type CustomerMessage } from "./build-customer-messages";
import { eventForShipmentStatus, type CustomerEvent } from "./customer-events";
import { getCustomerNotificationSettings } from "./customer-settings";
import { loadTemplates } from "./load-templates";

interface PendingEvent {
  id: string;
  type: string;
  payload: { shipmentId?: string; to?: string; direction?: string; amountPaise?: number };
}

// Events older than this are not turned into messages: telling a customer about a parcel a
// week late (after an outage) would confuse more than help.
const LOOKBACK = "7 days";

/**
 * Turns outbox events into customer notifications, in one transaction: OrderShipped becomes
 * "shipped", ReturnPickupScheduled "return pickup scheduled", a forward shipment's ShipmentStatusChanged to OUT_FOR_DELIVERY, DELIVERED or NDR the
 * matching event (customer-events.ts). Each event is claimed with FOR UPDATE SKIP LOCKED and
 * recorded as processed in CustomerNoticeEvent, so concurrent or repeated runs plan it once;
 * the (shipment, event, channel) unique key on Notification makes a second event of the same
 * kind (a duplicate webhook that moved nothing, a second NDR) add no message.
 */
export async function planCustomerNotifications(
  options: { limit?: number; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const events = await tx.$queryRaw<PendingEvent[]>`
      SELECT e.id, e.type, e.payload FROM "OutboxEvent" e
      WHERE e.type IN ('OrderShipped', 'ShipmentStatusChanged', 'RefundIssued', 'ReturnPickupScheduled')
        AND e."createdAt" > now() - ${LOOKBACK}::interval
        AND NOT EXISTS (SELECT 1 FROM "CustomerNoticeEvent" c WHERE c."eventId" = e.id)
      ORDER BY e."createdAt" LIMIT ${options.limit ?? 200}
      FOR UPDATE OF e SKIP LOCKED`;
    if (events.length === 0) return 0;
    const wanted = events.flatMap((e) => {
      const event = customerEventOf(e);
      if (!event || !e.payload.shipmentId) return [];
      return [{ event, shipmentId: e.payload.shipmentId, refundPaise: e.payload.amountPaise }];
    });
    const messages = await messagesFor(tx, wanted, now);
    const count = await queueNotifications(tx, messages);
    await tx.customerNoticeEvent.createMany({
      data: events.map((e) => ({ eventId: e.id })),
      skipDuplicates: true,
    });
    return count;
  });
}

function customerEventOf(e: PendingEvent): CustomerEvent | null {
  if (e.type === "OrderShipped") return "SHIPPED";
  if (e.type === "RefundIssued") return "REFUND_ISSUED";
  if (e.type === "ReturnPickupScheduled") return "RETURN_PICKUP_SCHEDULED";
  if (e.payload.direction !== "FORWARD" || !e.payload.to) return null;
  return eventForShipmentStatus(e.payload.to);
}

async function messagesFor(
  tx: Tx,
  wanted: { event: CustomerEvent; shipmentId: string; refundPaise?: number }[],
  now: Date,
): Promise<CustomerMessage[]> {
  if (wanted.length === 0) return [];
  const shipments = await tx.shipment.findMany({
    where: { id: { in: [...new Set(wanted.map((w) => w.shipmentId))] } },
    select: {
      id: true,
      awb: true,
      expectedDeliveryAt: true,
      courierAccount: { select: { courier: true } },
      order: {
        select: {
          id: true,
          number: true,
          customerName: true,
          customerEmail: true,
          customerPhone: true,
        },
      },
    },
  });
  const byId = new Map(shipments.map((s) => [s.id, s]));
  const [templates, settings] = await Promise.all([
    loadTemplates(tx),
    getCustomerNotificationSettings(tx),
  ]);
  const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
  const absolute = (path: string) => new URL(path, base).toString();
  return wanted.flatMap(({ event, shipmentId, refundPaise }) => {
    const s = byId.get(shipmentId);
    if (!s?.awb) return [];
    return buildCustomerMessages({
      event,
      shipmentId,
      orderId: s.order.id,
      to: { email: s.order.customerEmail, phone: s.order.customerPhone },
      values: {
        customerName: s.order.customerName.trim().split(/\s+/)[0] ?? "",
        orderNumber: s.order.number,
        courier: s.courierAccount ? COURIER_LABEL[s.courierAccount.courier] : "the courier",
        awb: s.awb,
        trackingUrl: absolute(trackingPath(s.awb)),
        expectedDelivery: s.expectedDeliveryAt ? istDate(s.expectedDeliveryAt) : "soon",
        ...(event === "DELIVERY_FAILED"
          ? { fixDeliveryUrl: absolute(buyerNdrLinkPath(shipmentId, now)) }
          : {}),
        ...(refundPaise !== undefined ? { refundAmount: formatRupees(refundPaise) } : {}),
      },
      templates,
      quietHours: settings.quietHours,
      now,
    });
  });
}

const istDate = (d: Date) =>
  d.toLocaleDateString("en-IN", {
    timeZone: "Asia/Kolkata",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
