import { AppError } from "@/lib/errors/app-error";
import { formatIst } from "@/lib/warehouse/format";
import { runTestSend, type TestSendResult } from "./record-test-send";
import { sendEmail } from "./send-email";
import { loadNotificationConfig } from "./settings";

export interface SendTestEmailOptions {
  to: string;
  actor: { id: string; name: string };
}

/**
 * Sends one e-mail through the saved SMTP settings, now, so an admin learns whether they work.
 * A refusal comes back as the mail server's own sentence; the saved settings are not touched.
 */
export async function sendTestEmail(options: SendTestEmailOptions): Promise<TestSendResult> {
  const { smtp } = await loadNotificationConfig();
  if (!smtp)
    throw new AppError("VALIDATION", "E-mail is not set up yet: save the SMTP settings first.", {
      fieldErrors: { smtp: ["Save the SMTP settings first"] },
    });
  const subject = "Packline test e-mail";
  const body =
    `${options.actor.name} sent this test from Packline's e-mail settings at ` +
    `${formatIst(new Date())} IST.\n\nIf you can read it, Packline can send e-mail ` +
    `through ${smtp.host}.`;
  return runTestSend(
    { channel: "EMAIL", recipient: options.to, subject, body, actorId: options.actor.id },
    () => sendEmail(smtp, { to: [options.to], subject, text: body }),
  );
}
