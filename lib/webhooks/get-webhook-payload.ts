import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

export interface WebhookPayload {
  kind: "event" | "rejection";
  id: string;
  provider: string;
  receivedAt: Date;
  status: string;
  note: string | null;
  attempts: number;
  /** as stored: secret-bearing headers were redacted before the row was written */
  headers: Record<string, unknown>;
  /** pretty-printed when it is JSON, otherwise as received (a refusal keeps only its start) */
  body: string;
  /** a refused delivery keeps only its first characters: its size in bytes, to say so */
  bodyBytes: number | null;
}

function pretty(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

function headersOf(stored: unknown): Record<string, unknown> {
  return stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
}

/** One delivery's headers and body, for the webhook log's payload view. */
export async function getWebhookPayload(
  kind: "event" | "rejection",
  id: string,
): Promise<WebhookPayload> {
  if (kind === "event") {
    const e = await db.webhookEvent.findUnique({
      where: { id },
      select: {
        provider: true,
        receivedAt: true,
        status: true,
        error: true,
        attempts: true,
        headers: true,
        rawBody: true,
      },
    });
    if (!e) throw notFound("The webhook delivery");
    return {
      kind,
      id,
      provider: e.provider,
      receivedAt: e.receivedAt,
      status: e.status,
      note: e.error,
      attempts: e.attempts,
      headers: headersOf(e.headers),
      body: pretty(e.rawBody),
      bodyBytes: null,
    };
  }
  const r = await db.webhookRejection.findUnique({
    where: { id },
    select: {
      provider: true,
      receivedAt: true,
      reason: true,
      headers: true,
      bodyBytes: true,
      bodyPrefix: true,
    },
  });
  if (!r) throw notFound("The refused webhook delivery");
  return {
    kind,
    id,
    provider: r.provider,
    receivedAt: r.receivedAt,
    status: "REJECTED",
    note: r.reason,
    attempts: 0,
    headers: headersOf(r.headers),
    body: pretty(r.bodyPrefix),
    bodyBytes: r.bodyBytes,
  };
}
