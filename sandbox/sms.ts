import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Router, SandboxRequest } from "./http";

// An Indian SMS gateway in the shape of MSG91's JSON send API (POST /api/v2/sendsms with an
// `authkey` header): DLT sender ids, 10-digit national numbers, a request id per accepted send.
// Accepted messages are kept in memory and listed at /_control/sms/messages for tests.
export const SANDBOX_SMS_AUTH_KEY = "sandbox-sms-key";

const sendSchema = z.object({
  sender: z.string().regex(/^[A-Z]{6}$/, "sender must be a 6-letter DLT sender id"),
  route: z.string().optional(),
  country: z.literal("91", { message: "country must be 91" }),
  DLT_TE_ID: z
    .string()
    .regex(/^\d{19}$/, "DLT_TE_ID must be a 19-digit DLT template id")
    .optional(),
  sms: z
    .array(
      z.object({
        message: z.string().min(1, "message is empty").max(2000, "message is too long"),
        to: z
          .array(z.string().regex(/^[6-9]\d{9}$/, "to must hold 10-digit Indian mobile numbers"))
          .min(1)
          .max(100),
      }),
    )
    .min(1)
    .max(100),
});

export interface SentSms {
  requestId: string;
  sender: string;
  to: string;
  message: string;
  dltTemplateId: string | null;
  receivedAt: string;
}

const sent: SentSms[] = [];

function sendSms(req: SandboxRequest) {
  if (req.headers.authkey !== SANDBOX_SMS_AUTH_KEY)
    return { status: 401, body: { type: "error", message: "Authentication failure" } };
  const parsed = sendSchema.safeParse(req.json());
  if (!parsed.success)
    return {
      status: 400,
      body: { type: "error", message: parsed.error.issues.map((i) => i.message).join("; ") },
    };
  const requestId = randomBytes(12).toString("hex");
  const receivedAt = new Date().toISOString();
  for (const sms of parsed.data.sms)
    for (const to of sms.to)
      sent.push({
        requestId,
        sender: parsed.data.sender,
        to: `+91${to}`,
        message: sms.message,
        dltTemplateId: parsed.data.DLT_TE_ID ?? null,
        receivedAt,
      });
  return { body: { type: "success", message: requestId } };
}

export function mountSms(router: Router): void {
  router
    .on("POST", "/sms/api/v2/sendsms", sendSms)
    .on("GET", "/_control/sms/messages", () => ({ body: { messages: sent } }))
    .on("DELETE", "/_control/sms/messages", () => {
      sent.length = 0;
      return { body: { messages: [] } };
    });
}
