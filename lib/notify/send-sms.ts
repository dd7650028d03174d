import { z } from "zod";
import { DeliveryError } from "./delivery-error";
import type { NotificationConfig } from "./settings";

type SmsConfig = NonNullable<NotificationConfig["sms"]>;

// MSG91's JSON send API (v2 sendsms): auth key in the `authkey` header, 10-digit national
// numbers with country 91, a DLT-registered 6-letter sender id. The sandbox speaks the same.
const reply = z.object({ type: z.enum(["success", "error"]), message: z.string() });

/** Sends one SMS; returns the gateway's request id. */
export async function sendSms(sms: SmsConfig, to: string, message: string): Promise<string> {
  if (!sms.authKey)
    throw new DeliveryError("The SMS gateway's auth key is not set.", { transient: false });
  if (!/^\+91[6-9]\d{9}$/.test(to))
    throw new DeliveryError(`${to} is not an Indian mobile number.`, { transient: false });
  let response: Response;
  try {
    response = await fetch(`${sms.baseUrl}/api/v2/sendsms`, {
      method: "POST",
      headers: { authkey: sms.authKey, "content-type": "application/json" },
      body: JSON.stringify({
        sender: sms.senderId,
        route: "4",
        country: "91",
        ...(sms.dltTemplateId ? { DLT_TE_ID: sms.dltTemplateId } : {}),
        sms: [{ message, to: [to.slice(3)] }],
      }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new DeliveryError(`The SMS gateway could not be reached: ${(error as Error).message}`, {
      transient: true,
      cause: error,
    });
  }
  const parsed = reply.safeParse(await response.json().catch(() => null));
  if (response.ok && parsed.success && parsed.data.type === "success") return parsed.data.message;
  const reason = parsed.success ? parsed.data.message : `HTTP ${response.status}`;
  throw new DeliveryError(`The SMS gateway refused the message: ${reason}`, {
    transient:
      response.status === 429 || response.status >= 500 || (response.ok && !parsed.success),
  });
}
