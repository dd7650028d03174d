import { AppError } from "@/lib/errors/app-error";
import { createIncident } from "@/lib/incidents/create-incident";
import { cancelOrder, type CancelOrderResult } from "@/lib/orders/cancel-order";
import { IMPORT_ACTOR } from "./insert-imported-orders";

export interface StoreCancelledOrder {
  id: string;
  externalId: string;
  number: string;
  /** where the warehouse had got to: Processing (picking), Packed (maybe booking) or Shipped */
  status: string;
  storeStatus: string;
}

export interface StopCounts {
  updated: number;
  failed: number;
  errors: { externalId: string | null; reason: string }[];
}

/**
 * Orders the store cancelled after the warehouse had started on them. Each is stopped wherever it
 * is (pick list, pack queue, booking) through the same cancel use case ops use, so a booked or
 * in-flight AWB is cancelled at the courier and picked units get put-back tasks, and an incident
 * tells ops what happened. A Shipped order is stopped the same way while the courier has not
 * picked its parcel up. Runs after the page's transaction, because cancelling may call the
 * courier. One that cannot be cancelled (the courier refuses to void its AWB, or has the parcel
 * already: the sentence tells ops to ask it for a return to origin) is a sync error and a HIGH
 * incident: it would otherwise reach the customer.
 */
export async function stopStoreCancelledOrders(orders: StoreCancelledOrder[]): Promise<StopCounts> {
  const out: StopCounts = { updated: 0, failed: 0, errors: [] };
  for (const o of orders) {
    const where = `while ${o.status.toLowerCase()} here`;
    try {
      const result = await cancelOrder({
        orderId: o.id,
        reason: `Cancelled in the store (status ${o.storeStatus})`,
        actor: { label: IMPORT_ACTOR },
      });
      out.updated++;
      await report(
        o,
        "MEDIUM",
        `Order ${o.number} was cancelled in the store ${where}: it was stopped${outcomeOf(result)}`,
      );
    } catch (error) {
      const reason = error instanceof AppError ? error.message : String(error);
      out.failed++;
      out.errors.push({
        externalId: o.externalId,
        reason: `Order ${o.number}: cancelled in the store ${where}, but not here: ${reason}`,
      });
      await report(
        o,
        "HIGH",
        `Order ${o.number} was cancelled in the store ${where} but could not be stopped: ${reason}`,
      );
    }
  }
  return out;
}

function outcomeOf(result: CancelOrderResult): string {
  const parts = [
    result.unitsToPutBack > 0
      ? `; ${result.unitsToPutBack} picked unit${result.unitsToPutBack === 1 ? "" : "s"} to put back`
      : "",
    result.cancelledAwb ? `; AWB ${result.cancelledAwb} was cancelled at the courier` : "",
    ".",
    result.bookingNote ? ` ${result.bookingNote}` : "",
  ];
  return parts.join("");
}

function report(o: StoreCancelledOrder, severity: "MEDIUM" | "HIGH", title: string) {
  return createIncident({
    category: "DELIVERY",
    severity,
    stage: "order-sync",
    title,
    orderId: o.id,
    context: { externalId: o.externalId, storeStatus: o.storeStatus, status: o.status },
  });
}
