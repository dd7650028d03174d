import { AppError } from "@/lib/errors/app-error";
import { runTestSend, type TestSendResult } from "./record-test-send";
import { sendSms } from "./send-sms";
import { loadNotificationConfig } from "./settings";

export interface SendTestSmsOptions {
  /** E.164 Indian mobile, as the validation schema normalises it */
  to: string;
  actor: { id: string; name: string };
}

/**
 * Sends one SMS through the saved gateway settings with the same sender the outbox worker uses
 * (lib/notify/deliver-notifications.ts → sendSms), but now rather than queued: the admin waits
 * for the answer, and a test that failed must not be retried behind their back.
 */
export async function sendTestSms(options: SendTestSmsOptions): Promise<TestSendResult> {
  const { sms } = await loadNotificationConfig();
  if (!sms)
    throw new AppError(
      "VALIDATION",
      "SMS is not set up yet: save the SMS gateway settings first.",
      {
        fieldErrors: { sms: ["Save the SMS gateway settings first"] },
      },
    );
  const body = `Packline test SMS from ${options.actor.name}: your SMS gateway works.`;
  return runTestSend(
    { channel: "SMS", recipient: options.to, body, actorId: options.actor.id },
    () => sendSms(sms, options.to, body),
  );
}
