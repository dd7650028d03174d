import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { DeliveryError } from "./delivery-error";

const TEST_TEMPLATE = "settings-test";

export interface TestSendRecord {
  channel: NotificationChannel;
  recipient: string;
  subject?: string;
  body: string;
  actorId: string;
  /** the provider's message id when it accepted the message, else the error sentence */
  outcome: { providerRef: string } | { error: string };
}

/**
 * Keeps what a test send did: a delivered test message sits in the notification log like any
 * other, and the audit log says who tested which channel and whether it worked.
 */
async function recordTestSend(record: TestSendRecord): Promise<void> {
  const ok = "providerRef" in record.outcome;
  await db.$transaction(async (tx) => {
    if ("providerRef" in record.outcome)
      await tx.notification.create({
        data: {
          channel: record.channel,
          recipient: record.recipient,
          template: TEST_TEMPLATE,
          subject: record.subject ?? null,
          body: record.body,
          status: "DELIVERED",
          attempts: 1,
          providerRef: record.outcome.providerRef,
          sentAt: new Date(),
        },
        select: { id: true },
      });
    await tx.auditLog.create({
      data: {
        actorId: record.actorId,
        action: "settings.notifications_tested",
        entityType: "Setting",
        entityId: "notify.settings",
        details: {
          channel: record.channel,
          recipient: record.recipient,
          ok,
          ...("error" in record.outcome ? { error: record.outcome.error } : {}),
        },
      },
      select: { id: true },
    });
  });
}

export interface TestSendResult {
  ok: true;
  to: string;
  providerRef: string;
}

/**
 * Runs one test send and records it either way; a provider's refusal comes back as a 502 with
 * the provider's own sentence, anything else is a bug and is rethrown as it is.
 */
export async function runTestSend(
  message: Omit<TestSendRecord, "outcome">,
  send: () => Promise<string>,
): Promise<TestSendResult> {
  let providerRef: string;
  try {
    providerRef = await send();
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    await recordTestSend({ ...message, outcome: { error: error.message } });
    throw new AppError("UPSTREAM", error.message, { cause: error });
  }
  await recordTestSend({ ...message, outcome: { providerRef } });
  return { ok: true, to: message.recipient, providerRef };
}
