import type { NormalisedWebhook } from "@/lib/couriers/types";
import { courierAccountSelect, getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { recordWebhookRejection } from "@/lib/webhooks/record-webhook-rejection";
import {
  isHandled,
  markUnclaimedWebhookEvent,
  queueWebhookEventAgain,
  storeWebhookEvent,
} from "@/lib/webhooks/store-webhook-event";
import { wakeWebhookDrain } from "@/lib/webhooks/wake-webhook-drain";
import { unstorableTextIn, type WebhookDelivery } from "@/lib/webhooks/webhook-delivery";
import { EKART_SIGNATURE_HEADER } from "@/lib/couriers/ekart/webhook-signature";

export interface ReceiveCourierWebhookInput {
  courier: CourierCode;
  rawBody: string;
  headers: Headers;
  /** `?account=<id>`: only this account's secret is tried */
  accountId?: string | null;
}

// What each courier authenticates with: kept as "sent or not", never stored in clear.
const SECRET_HEADERS: Record<CourierCode, string[]> = {
  SHIPROCKET: ["x-api-key"],
  EKART: [],
  DELHIVERY: ["x-delhivery-token"],
};
const KEPT_HEADERS = ["content-type", "user-agent", EKART_SIGNATURE_HEADER];

export interface CourierWebhookReply {
  status: number;
  body: Record<string, unknown>;
}

type Verified =
  | { kind: "ok"; events: NormalisedWebhook[] | null }
  | { kind: "malformed"; error: string }
  | { kind: "rejected"; reason: string };

type AccountRow = Awaited<ReturnType<typeof readAccounts>>[number];

function readAccounts(input: ReceiveCourierWebhookInput) {
  return db.courierAccount.findMany({
    where: {
      courier: input.courier,
      active: true,
      ...(input.accountId ? { id: input.accountId } : {}),
    },
    select: courierAccountSelect,
    orderBy: { priority: "asc" },
  });
}

// The accounts a courier's deliveries are verified against, kept for ACCOUNTS_FOR_MS per process
// so a burst of scans does not read them once each. A delivery they refuse is checked again
// against a fresh read before it is refused, so a new account or a rotated secret works at once;
// an account deactivated or whose secret was removed still verifies for up to 30 s.
const ACCOUNTS_FOR_MS = 30_000;
const accountsCache = new Map<string, { until: number; accounts: AccountRow[] }>();

async function accountsFor(input: ReceiveCourierWebhookInput, fresh: boolean) {
  const key = `${input.courier}:${input.accountId ?? ""}`;
  const cached = accountsCache.get(key);
  if (!fresh && cached && cached.until > Date.now()) return { accounts: cached.accounts, fresh };
  const accounts = await readAccounts(input);
  // Only what verifies something is kept: made-up `?account=` ids cannot crowd the real ones out.
  if (accounts.some((a) => a.webhookSecretEncrypted)) {
    if (accountsCache.size >= 1_000) accountsCache.clear();
    accountsCache.set(key, { until: Date.now() + ACCOUNTS_FOR_MS, accounts });
  }
  return { accounts, fresh: true };
}

/**
 * Finds the account whose webhook secret verifies this delivery. Without `?account=` every
 * active account of the courier is tried (verification is a constant-time compare), so one URL
 * serves a warehouse with several accounts of one courier.
 */
async function verify(input: ReceiveCourierWebhookInput, fresh = false): Promise<Verified> {
  const read = await accountsFor(input, fresh);
  const webhookInput = { headers: Object.fromEntries(input.headers), rawBody: input.rawBody };
  let secrets = 0;
  for (const account of read.accounts) {
    if (!account.webhookSecretEncrypted) continue;
    secrets++;
    const courier = await getCourierForAccount(account);
    try {
      return { kind: "ok", events: courier.parseWebhook(webhookInput) };
    } catch (error) {
      if (error instanceof CourierError && error.kind === "auth") continue;
      return { kind: "malformed", error: error instanceof Error ? error.message : String(error) };
    }
  }
  if (!read.fresh) return verify(input, true);
  const scope = input.accountId ? "the account named by ?account=" : "any active account";
  return {
    kind: "rejected",
    reason:
      secrets === 0
        ? `No webhook secret to check it with (${scope})`
        : `Token or signature does not match ${scope}`,
  };
}

/**
 * POST /api/webhooks/{shiprocket,ekart,delhivery}: authenticated first. A bad or missing token
 * or signature is a 401, recorded as a rejection (headers, size, the body's first characters),
 * never stored whole. An authenticated delivery is stored raw with one INSERT … ON CONFLICT and
 * de-duplicated by body and by scan (webhook store); one already stored is a 200 no-op (a
 * redelivery of one that FAILED is queued again); one whose body cannot be read or holds text
 * that cannot be stored is a 400, kept FAILED with the reason. Otherwise it is answered 200 at
 * once and the worker applies it (lib/webhooks/drain-courier-webhooks.ts): the stored row is the
 * truth, retried by Packline, so no courier needs a 500 to redeliver. A database that cannot be
 * reached propagates: the route answers 503 with Retry-After, and the courier retries.
 */
export async function receiveCourierWebhook(
  input: ReceiveCourierWebhookInput,
): Promise<CourierWebhookReply> {
  const delivery: WebhookDelivery = {
    provider: input.courier.toLowerCase(),
    rawBody: input.rawBody,
    headers: input.headers,
    keptHeaders: KEPT_HEADERS,
    secretHeaders: SECRET_HEADERS[input.courier],
  };
  const verified = await verify(input);
  if (verified.kind === "rejected") {
    await recordWebhookRejection({ ...delivery, reason: verified.reason });
    return { status: 401, body: { error: "invalid signature or token" } };
  }
  const problem = verified.kind === "malformed" ? verified.error : unstorableTextIn(input.rawBody);
  const events = (verified.kind === "ok" && problem === null && verified.events) || [];
  const first = events[0];
  const stored = await storeWebhookEvent({
    ...delivery,
    // A body with several scans has no one id; its body hash de-duplicates it.
    eventId: events.length === 1 ? first!.eventId : null,
    eventType: first?.update.current?.rawStatus ?? null,
  });
  if (isHandled(stored.status)) return { status: 200, body: { ok: true, duplicate: true } };
  // Conditional: a repeat may land on a row a drain has claimed, and that claim settles it.
  if (problem !== null) {
    await markUnclaimedWebhookEvent(stored.id, { status: "FAILED", error: problem });
    return { status: 400, body: { error: problem } };
  }
  if (!first) {
    await markUnclaimedWebhookEvent(stored.id, { status: "IGNORED", error: "carries no scan" });
    return { status: 200, body: { ok: true, result: "ignored" } };
  }
  if (stored.status === "FAILED") await queueWebhookEventAgain(stored.id);
  wakeWebhookDrain();
  return {
    status: 200,
    body: { ok: true, result: "stored", ...(stored.repeated && { duplicate: true }) },
  };
}
