import { databaseErrorCode } from "@/lib/database-error-code";
import { db, type Tx } from "@/lib/db";
import type { CodConfirmation, CodConfirmationVia } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import { cancelOrder } from "@/lib/orders/cancel-order";
import type { OrderActor } from "@/lib/orders/transition-order";
import type { ConfirmationAnswer } from "@/lib/validation/cod-confirmation";
import { changeConfirmation } from "./confirmation-history";

export interface RecordAnswerInput {
  orderId: string;
  answer: ConfirmationAnswer;
  via: CodConfirmationVia;
  actor: OrderActor;
  note?: string | null;
  /** the buyer's WhatsApp message id, so a redelivered reply is applied once */
  replyRef?: string | null;
  now?: Date;
}

export interface RecordedAnswer {
  /** false: the answer changed nothing (already answered, decided by ops, or a duplicate) */
  applied: boolean;
  state: CodConfirmation;
}

// A buyer's answer counts while the order waits for it, or after the deadline while ops have not
// decided. Ops decide any held order.
const BUYER_MAY_ANSWER: CodConfirmation[] = ["AWAITING", "NO_ANSWER"];
const OPS_MAY_DECIDE: CodConfirmation[] = ["CHECKING", "AWAITING", "NO_ANSWER"];

/**
 * The buyer's or ops' answer to a COD confirmation. A confirm releases the order to the floor
 * (the database's SkuDemand triggers add its lines to the pick list in the same statement); a
 * cancel then cancels the order through the ordinary cancel use case, with the reason. The state
 * change is conditional on the state read under the row lock, so two answers at once, a
 * duplicate reply or an answer after ops decided change nothing.
 */
export async function recordConfirmationAnswer(input: RecordAnswerInput): Promise<RecordedAnswer> {
  let outcome: RecordedAnswer;
  try {
    outcome = await db.$transaction((tx) => applyAnswer(tx, input));
  } catch (error) {
    // The same WhatsApp reply applied by a concurrent delivery: this one is the duplicate.
    if (databaseErrorCode(error) !== "23505") throw error;
    return { applied: false, state: stateOf(input.answer) };
  }
  if (outcome.applied && outcome.state === "CANCELLED") await cancelOrLeaveToJob(input);
  return outcome;
}

const stateOf = (answer: ConfirmationAnswer): CodConfirmation =>
  answer === "CONFIRM" ? "CONFIRMED" : "CANCELLED";

/**
 * The state change alone, in the caller's transaction (the WhatsApp webhook applies replies
 * beside its stored delivery). A cancel applied here must be followed, after commit, by
 * cancelHeldOrder; the cod-confirmation job does it for any that was missed.
 */
export async function applyAnswer(tx: Tx, input: RecordAnswerInput): Promise<RecordedAnswer> {
  const to = stateOf(input.answer);
  const allowed = input.via === "OPS_CALL" ? OPS_MAY_DECIDE : BUYER_MAY_ANSWER;
  const [order] = await tx.$queryRaw<{ state: CodConfirmation; open: boolean }[]>`
    SELECT "codConfirmation"::text AS state, status IN ('PLACED', 'PROCESSING') AS open
    FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
  // An order cancelled another way meanwhile takes no answer.
  if (!order || !order.open || !allowed.includes(order.state)) {
    return { applied: false, state: order?.state ?? "NOT_NEEDED" };
  }
  const applied = await changeConfirmation(
    tx,
    {
      orderId: input.orderId,
      from: order.state,
      to,
      via: input.via,
      actor: input.actor,
      note: input.note,
      replyRef: input.replyRef,
    },
    { answeredAt: input.now ?? new Date() },
  );
  return { applied, state: applied ? to : order.state };
}

const VIA_WORDS: Record<CodConfirmationVia, string> = {
  WHATSAPP: "on WhatsApp",
  LINK: "on the confirmation page",
  OPS_CALL: "on a call with ops",
};

/** Cancels an order whose COD confirmation came back cancelled (also the sweep's repair path). */
export async function cancelHeldOrder(input: {
  orderId: string;
  via: CodConfirmationVia;
  actor: OrderActor;
  note?: string | null;
}): Promise<void> {
  const who = input.via === "OPS_CALL" ? "Ops" : "The buyer";
  const reason = `${who} cancelled the COD order ${VIA_WORDS[input.via]}${input.note ? `: ${input.note}` : "."}`;
  await cancelOrder({ orderId: input.orderId, reason, actor: input.actor });
}

/**
 * After a cancel is safely recorded: cancels the order now, or, if that fails (fulfilment
 * switched off, the job got there first, the database blinked), leaves it to the
 * cod-confirmation job, which finishes every recorded cancel; the answer stands either way.
 */
export async function cancelOrLeaveToJob(input: Parameters<typeof cancelHeldOrder>[0]) {
  await cancelHeldOrder(input).catch((error: unknown) =>
    log.warn("COD cancel left to the cod-confirmation job", { orderId: input.orderId, error }),
  );
}
