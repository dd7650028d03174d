import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { lastRazorpayVerification } from "./record-razorpay-verification";
import {
  PREVIOUS_SECRET_GRACE_HOURS,
  previousInForce,
  readStoredRazorpaySecret,
  versionOf,
} from "./razorpay-webhook-secret";

/** What Admin → Payments shows: everything about the secret except the secret. */
export interface RazorpayWebhookSettingsView {
  /** where the secret in force comes from; null: none, every delivery is refused */
  source: "admin" | "environment" | null;
  environmentSecretSet: boolean;
  /** when and by whom the Admin secret was set (null for the environment's) */
  setAt: string | null;
  setBy: { name: string; email: string } | null;
  /** the replaced secret still verifies until then */
  previousAcceptedUntil: string | null;
  graceHours: number;
  /** which secret verified the last delivery: the one in force, the one it replaced, or older */
  lastVerified: { at: string; secret: "current" | "previous" | "older" } | null;
  /** what to enter as the webhook URL in Razorpay's dashboard */
  webhookUrl: string;
}

export async function getRazorpayWebhookSettings(input: {
  /** the origin the admin reached Packline at, used when NEXTAUTH_URL is not set */
  origin: string;
}): Promise<RazorpayWebhookSettingsView> {
  const [stored, lastVerified] = await Promise.all([
    readStoredRazorpaySecret(),
    lastRazorpayVerification(),
  ]);
  const environmentSecretSet = Boolean(env().RAZORPAY_WEBHOOK_SECRET);
  const setBy = stored?.value.setBy
    ? await db.user.findUnique({
        where: { id: stored.value.setBy },
        select: { name: true, email: true },
      })
    : null;
  const previous = stored && previousInForce(stored.value, new Date());
  return {
    source: stored ? "admin" : environmentSecretSet ? "environment" : null,
    environmentSecretSet,
    setAt: stored ? (stored.value.setAt ?? stored.updatedAt.toISOString()) : null,
    setBy,
    previousAcceptedUntil: previous ? previous.validUntil : null,
    graceHours: PREVIOUS_SECRET_GRACE_HOURS,
    lastVerified: lastVerified && {
      at: lastVerified.at.toISOString(),
      secret:
        lastVerified.version === (stored ? versionOf(stored.value) : 0)
          ? "current"
          : lastVerified.version === stored?.value.previous?.version
            ? "previous"
            : "older",
    },
    webhookUrl: new URL("/api/webhooks/razorpay", env().NEXTAUTH_URL ?? input.origin).toString(),
  };
}
