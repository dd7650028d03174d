import nodemailer from "nodemailer";
import { DeliveryError } from "./delivery-error";
import type { NotificationConfig } from "./settings";

export interface EmailMessage {
  to: string[];
  subject: string;
  html?: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

type SmtpConfig = NonNullable<NotificationConfig["smtp"]>;

/** Sends one message over the admin's SMTP server; returns the server's message id. */
export async function sendEmail(smtp: SmtpConfig, message: EmailMessage): Promise<string> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    const info = await transport.sendMail({ from: smtp.from, ...message });
    return info.messageId;
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    // No SMTP reply code means the conversation never got that far (refused, timed out, TLS).
    const sentence =
      code === undefined
        ? `The mail server could not be reached: ${(error as Error).message}`
        : `The mail server refused the message: ${(error as Error).message}`;
    // SMTP 5xx is a permanent refusal (bad address, auth); 4xx and network errors may pass later.
    throw new DeliveryError(sentence, {
      transient: code === undefined || code < 500,
      cause: error,
    });
  } finally {
    transport.close();
  }
}
