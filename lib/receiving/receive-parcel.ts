import type { Caller } from "@/lib/auth/caller";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { transitionOrder } from "@/lib/orders/transition-order";
import { createPutBackTasks } from "@/lib/warehouse/put-back/create-put-back-tasks";
import type { ReceiptInput } from "@/lib/validation/receiving";
import { checkReceiptLines, type CheckedLine } from "./check-receipt-lines";
import { expectedLines } from "./expected-lines";
import { parcelSelect } from "./find-returning-parcel";
import { planRefund, type PlannedRefund } from "./plan-refund";
import { refuse } from "./returning-parcel";

export interface ReceiptResult {
  receiptId: string;
  orderId: string;
  orderNumber: string;
  restocked: number;
  writtenOff: number;
  missing: number;
  claimPaise: number;
  refund: PlannedRefund | null;
}

const sum = (lines: CheckedLine[], key: "good" | "damaged" | "missing") =>
  lines.reduce((total, line) => total + line[key], 0);

/**
 * Completes a receipt in ONE transaction: under the parcel's row lock it re-checks that the
 * parcel is coming back and not yet received (so of two completes racing, the second is refused
 * with a sentence; the unique shipmentId is the backstop), records the lines, opens a put-back
 * task per line with good units, records write-offs on their lines and one courier claim for
 * the missing units, moves the order to Returned with its history (unless the courier's scan
 * already did) and plans the refund.
 */
export async function receiveParcel(
  input: ReceiptInput & { user: Caller },
): Promise<ReceiptResult> {
  try {
    return await db.$transaction((tx) => receiveInTransaction(tx, input), { timeout: 15_000 });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002")
      throw new AppError("CONFLICT", "This parcel was received a moment ago by someone else.");
    throw error;
  }
}

async function receiveInTransaction(tx: Tx, input: ReceiptInput & { user: Caller }) {
  await tx.$queryRaw`SELECT id FROM "Shipment" WHERE id = ${input.shipmentId} FOR UPDATE`;
  const parcel = await tx.shipment.findUnique({
    where: { id: input.shipmentId },
    select: { ...parcelSelect, orderId: true },
  });
  if (!parcel) throw notFound("The parcel");
  refuse(parcel);
  const lines = checkReceiptLines(
    await expectedLines(tx, { orderId: parcel.orderId, shipmentId: parcel.id }),
    input.lines,
  );
  const receipt = await tx.receipt.create({
    data: {
      orderId: parcel.orderId,
      shipmentId: parcel.id,
      receivedById: input.user.id,
      note: input.note || null,
      lines: {
        create: lines.map((l) => ({
          orderItemId: l.orderItemId,
          sku: l.sku,
          title: l.title,
          unitPricePaise: l.unitPricePaise,
          expected: l.expected,
          good: l.good,
          damaged: l.damaged,
          missing: l.missing,
          writeOffNote: l.damaged > 0 ? l.note : null,
        })),
      },
    },
    select: { id: true },
  });
  await createPutBackTasks(tx, {
    orderId: parcel.orderId,
    reason: `Returned in good condition (AWB ${parcel.awb ?? "none"})`,
    lines: lines.filter((l) => l.good > 0).map((l) => ({ ...l, quantity: l.good })),
  });
  const claimPaise = lines.reduce((total, l) => total + l.missing * l.unitPricePaise, 0);
  if (claimPaise > 0)
    await tx.courierClaim.create({
      data: {
        receiptId: receipt.id,
        courier: parcel.courierAccount?.courier ?? null,
        awb: parcel.awb ?? "",
        amountPaise: claimPaise,
        units: sum(lines, "missing"),
      },
    });
  const counts = `${sum(lines, "good")} good, ${sum(lines, "damaged")} damaged, ${sum(lines, "missing")} missing`;
  // already Returned by the courier's "RTO delivered" scan: its history says so
  if (parcel.order.status !== "RETURNED")
    await transitionOrder(tx, {
      orderId: parcel.orderId,
      to: "RETURNED",
      actor: { userId: input.user.id, label: "user" },
      reason: `Received at the warehouse (AWB ${parcel.awb ?? "none"}): ${counts}`,
    });
  const refund = await planRefund(tx, { receiptId: receipt.id, orderId: parcel.orderId, lines });
  return {
    receiptId: receipt.id,
    orderId: parcel.orderId,
    orderNumber: parcel.order.number,
    restocked: sum(lines, "good"),
    writtenOff: sum(lines, "damaged"),
    missing: sum(lines, "missing"),
    claimPaise,
    refund,
  };
}
