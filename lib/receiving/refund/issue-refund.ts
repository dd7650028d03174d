import { db } from "@/lib/db";
import {
  createRazorpayRefund,
  listRazorpayRefunds,
  RazorpayRefusal,
  type RazorpayRefund,
} from "@/lib/payments/razorpay-api";
import { claimRefund } from "./claim-refund";
import { recordRefund } from "./record-refund";

export type IssueOutcome = "issued" | "already-done" | "busy" | "refused";

/**
 * Issues one receipt's refund through Razorpay exactly once, whatever double clicks, retries or
 * concurrent workers do: claim (the row, under its lock, committed) → find or call (outside any
 * transaction; a run that may follow an earlier call lists the payment's refunds first and
 * adopts the one carrying this refund's key; the call itself sends the key as
 * X-Refund-Idempotency too) → record (conditional on the claim). Razorpay's 4xx is permanent:
 * FAILED with its description. Anything else throws, so the job is retried and lists again.
 */
export async function issueRefund(input: {
  refundId: string;
  runId: string;
}): Promise<IssueOutcome> {
  const claim = await claimRefund(input);
  if (claim.kind === "done") return "already-done";
  if (claim.kind === "busy") return "busy";
  if (claim.kind === "refused") return "refused";
  let refund: RazorpayRefund | undefined;
  try {
    if (claim.mayExist)
      refund = (await listRazorpayRefunds(claim.paymentId)).find((r) => carriesKey(r, claim.key));
    refund ??= await createRazorpayRefund({
      paymentId: claim.paymentId,
      amountPaise: claim.amountPaise,
      idempotencyKey: claim.key,
      notes: { packline_refund_key: claim.key, packline_order_id: claim.orderNumber },
    });
  } catch (error) {
    if (!(error instanceof RazorpayRefusal)) throw error;
    await db.refund.updateMany({
      where: { id: input.refundId, status: "CALLING", claimToken: input.runId },
      data: { status: "FAILED", failureReason: `Razorpay refused the refund: ${error.message}` },
    });
    return "refused";
  }
  return (await recordRefund({ ...input, refund })) ? "issued" : "already-done";
}

function carriesKey(refund: RazorpayRefund, key: string): boolean {
  const notes = refund.notes;
  const noted = notes && !Array.isArray(notes) ? notes.packline_refund_key : undefined;
  return noted === key || refund.receipt === key;
}
