import { db } from "@/lib/db";
import { COD_CONFIRMATION_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { sendJob } from "@/lib/jobs/send-job";
import { requestDelivery } from "@/lib/notify/request-delivery";
import { log } from "@/lib/observability/logger";
import { checkPlacedOrders } from "./check-placed-orders";
import { dropCancelledElsewhere, expireConfirmations } from "./expire-confirmations";
import { cancelHeldOrder } from "./record-answer";

/**
 * Every minute, and straight away when an import asks: apply the rule to newly placed COD
 * orders, hand overdue ones to ops, and finish any buyer cancel whose order cancel did not run
 * (a crash between the two, or fulfilment switched off at the time).
 */
export async function runCodConfirmation(now = new Date()): Promise<void> {
  let asked = 0;
  for (;;) {
    const tally = await checkPlacedOrders({ now });
    asked += tally.asked;
    if (tally.asked + tally.released + tally.toOps < 200) break;
  }
  if (asked > 0) await requestDelivery();
  await expireConfirmations({ now });
  await dropCancelledElsewhere();
  await finishCancels();
}

async function finishCancels(): Promise<void> {
  const pending = await db.order.findMany({
    where: { codConfirmation: "CANCELLED", status: { in: ["PLACED", "PROCESSING"] } },
    select: { id: true, codConfirmationVia: true, codConfirmationBy: true },
    take: 50,
  });
  for (const order of pending) {
    try {
      await cancelHeldOrder({
        orderId: order.id,
        via: order.codConfirmationVia ?? "LINK",
        actor: { label: order.codConfirmationBy ?? "cod-confirmation" },
      });
    } catch (error) {
      log.warn("a COD order cancelled at confirmation could not be cancelled yet", {
        orderId: order.id,
        error,
      });
    }
  }
}

/**
 * Asks for a run now when orders wait for the rule (an import placed some); best effort, the
 * cron run comes within a minute.
 */
export async function requestCodConfirmationRun(): Promise<void> {
  try {
    const waiting = await db.order.count({ where: { codConfirmation: "CHECKING" }, take: 1 });
    if (waiting > 0) await sendJob(COD_CONFIRMATION_JOB, {});
  } catch (error) {
    log.warn("could not request a COD confirmation run; the next scheduled run will", { error });
  }
}

export const codConfirmationJob = defineJob({
  name: COD_CONFIRMATION_JOB,
  cron: "* * * * *",
  async handle() {
    await runCodConfirmation();
  },
});
