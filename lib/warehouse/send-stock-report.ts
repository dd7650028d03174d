import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { DeliveryError } from "@/lib/notify/delivery-error";
import { queueNotifications } from "@/lib/notify/queue-notification";
import { sendEmail } from "@/lib/notify/send-email";
import { loadNotificationConfig } from "@/lib/notify/settings";
import {
  stockReportHtml,
  stockReportSms,
  stockReportSubject,
  stockReportText,
} from "@/lib/notify/templates/out-of-stock-report";
import type { SendStockReportBody } from "@/lib/validation/out-of-stock";
import { loadStockReport } from "./load-stock-report";
import { stockReportCsvBytes, stockReportFilename } from "./stream-stock-report-csv";

export interface SendStockReportResult {
  range: { from: string; to: string };
  email: { recipients: number; messageId: string } | null;
  sms: { queued: number } | null;
}

const TEMPLATE = "out-of-stock-report";

/**
 * Sends the out-of-stock report to the recipients an admin configured: e-mail now over SMTP
 * (HTML summary + CSV attached), SMS through the notification outbox. The e-mail goes first so
 * that a refusing mail server leaves nothing half-sent.
 */
export async function sendStockReport(
  input: SendStockReportBody & { userId: string },
): Promise<SendStockReportResult> {
  const config = await loadNotificationConfig();
  const wantsEmail = input.channels.includes("email");
  const wantsSms = input.channels.includes("sms");
  const problems: Record<string, string[]> = {};
  if (wantsEmail && !config.smtp)
    problems.channels = ["E-mail is not set up: an admin must enter the SMTP server"];
  else if (wantsEmail && config.recipients.emails.length === 0)
    problems.channels = ["No e-mail recipients: an admin must add some"];
  if (wantsSms && !config.sms)
    (problems.channels ??= []).push("SMS is not set up: an admin must enter the SMS gateway");
  else if (wantsSms && config.recipients.phones.length === 0)
    (problems.channels ??= []).push("No SMS recipients: an admin must add some");
  if (problems.channels)
    throw new AppError("VALIDATION", problems.channels.join(". ") + ".", { fieldErrors: problems });

  const report = await loadStockReport(input);
  const result: SendStockReportResult = { range: report.range, email: null, sms: null };

  if (wantsEmail && config.smtp) {
    const subject = stockReportSubject(report);
    let messageId: string;
    try {
      messageId = await sendEmail(config.smtp, {
        to: config.recipients.emails,
        subject,
        html: stockReportHtml(report),
        text: stockReportText(report),
        attachments: [
          {
            filename: stockReportFilename(report.range),
            content: await stockReportCsvBytes(input),
            contentType: "text/csv; charset=utf-8",
          },
        ],
      });
    } catch (error) {
      if (error instanceof DeliveryError)
        throw new AppError("UPSTREAM", `${error.message} Nothing was sent; try again.`, {
          cause: error,
        });
      throw error;
    }
    await db.notification.createMany({
      data: config.recipients.emails.map((recipient) => ({
        channel: "EMAIL" as const,
        recipient,
        template: TEMPLATE,
        subject,
        body: stockReportText(report),
        status: "DELIVERED" as const,
        attempts: 1,
        providerRef: messageId,
        sentAt: new Date(),
      })),
    });
    result.email = { recipients: config.recipients.emails.length, messageId };
  }

  if (wantsSms) {
    const body = stockReportSms(report);
    const queued = await db.$transaction((tx) =>
      queueNotifications(
        tx,
        config.recipients.phones.map((recipient) => ({
          channel: "SMS" as const,
          recipient,
          template: TEMPLATE,
          body,
        })),
      ),
    );
    result.sms = { queued };
  }
  await db.auditLog.create({
    data: {
      actorId: input.userId,
      action: "report.out_of_stock_sent",
      entityType: "StockException",
      details: {
        range: report.range,
        email: result.email?.recipients ?? 0,
        sms: result.sms?.queued ?? 0,
      },
    },
  });
  return result;
}
