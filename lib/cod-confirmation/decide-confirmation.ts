import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ConfirmationAnswer } from "@/lib/validation/cod-confirmation";
import { CONFIRMATION_LABEL } from "./confirmation-labels";
import { recordConfirmationAnswer, type RecordedAnswer } from "./record-answer";

/**
 * Ops called the buyer (after no answer, or before) and confirm or cancel the COD order, with a
 * note of the call. Refused with the standing answer when the buyer or a colleague got there
 * first: ops then see what happened instead of overwriting it.
 */
export async function decideConfirmation(input: {
  orderId: string;
  answer: ConfirmationAnswer;
  note: string;
  caller: Caller;
}): Promise<RecordedAnswer> {
  const exists = await db.order.findUnique({ where: { id: input.orderId }, select: { id: true } });
  if (!exists) throw notFound("The order");
  const result = await recordConfirmationAnswer({
    orderId: input.orderId,
    answer: input.answer,
    via: "OPS_CALL",
    actor: { userId: input.caller.id, label: "ops" },
    note: input.note,
  });
  if (!result.applied) {
    throw new AppError(
      "CONFLICT",
      `This order's COD confirmation is ${CONFIRMATION_LABEL[result.state].toLowerCase()}: nothing to decide. Reload to see who answered.`,
      { details: { state: result.state } },
    );
  }
  return result;
}
