import { formatRupees } from "@/lib/warehouse/format";
import type { ReceiptResult } from "./receive-api";

/** The sentence the receiver reads after completing a receipt. */
export function receiptSummary(result: ReceiptResult): string {
  const parts = [`${result.orderNumber} received and marked Returned:`];
  parts.push(`${result.restocked} back to bins (put-back tasks),`);
  parts.push(`${result.writtenOff} written off,`);
  parts.push(
    result.missing > 0
      ? `${result.missing} missing (claim of ${formatRupees(result.claimPaise)} opened with the courier).`
      : "none missing.",
  );
  const refund = result.refund;
  if (refund?.status === "PENDING")
    parts.push(`Refund of ${formatRupees(refund.amountPaise)} is being issued.`);
  if (refund?.status === "OWED")
    parts.push(`${formatRupees(refund.amountPaise)} is owed back to the customer (COD).`);
  if (refund?.status === "FAILED") parts.push("The refund needs ops: see the order.");
  return parts.join(" ");
}
