import { AppError } from "@/lib/errors/app-error";
import { formatIst } from "@/lib/warehouse/format";
import { DeliveryError } from "./delivery-error";
import { recordTestSend } from "./record-test-send";
import { sendEmail } from "./send-email";
import { loadNotificationConfig } from "./settings";

export interface SendTestEmailOptions {
  to: string;
  actor: { id: string; name: string };
}

export interface TestSendResult {
  ok: true;
  to: string;
  providerRef: string;
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
  try {
    const providerRef = await sendEmail(smtp, { to: [options.to], subject, text: body });
    await recordTestSend({
      channel: "EMAIL",
      recipient: options.to,
      subject,
      body,
      actorId: options.actor.id,
      outcome: { providerRef },
    });
    return { ok: true, to: options.to, providerRef };
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    await recordTestSend({
      channel: "EMAIL",
      recipient: options.to,
      body,
      actorId: options.actor.id,
      outcome: { error: error.message },
    });
    throw new AppError("UPSTREAM", error.message, { cause: error });
  }
}
