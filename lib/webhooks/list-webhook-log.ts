import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cursorKey, decodeCursor, toPage, type Page } from "@/lib/http/pagination";

/** What ops filter the log by: a stored event's status, a repeat, or a refused delivery. */
export const WEBHOOK_LOG_STATUSES = [
  "RECEIVED",
  "PROCESSED",
  "IGNORED",
  "FAILED",
  "DUPLICATE",
  "REJECTED",
] as const;
export type WebhookLogStatus = (typeof WEBHOOK_LOG_STATUSES)[number];
export const WEBHOOK_PROVIDERS = ["shiprocket", "ekart", "delhivery", "razorpay"] as const;

export interface WebhookLogRow {
  kind: "event" | "rejection";
  id: string;
  provider: string;
  receivedAt: Date;
  status: string;
  eventType: string | null;
  /** later copies of the same body or event (a redelivery) */
  attempts: number;
  /** what became of it (the outcome's notes, a failed try's reason) or why it was refused */
  note: string | null;
  /** times the worker claimed it to apply it; with RECEIVED and a note, it is retrying */
  applyTries: number;
}

const cursorShape = z.object({ receivedAt: cursorKey.instant, id: cursorKey.text }).strict();

function after(cursor: string | undefined) {
  const key = decodeCursor(cursor, cursorShape);
  if (!key) return {};
  const at = new Date(key.receivedAt);
  return { OR: [{ receivedAt: { lt: at } }, { receivedAt: at, id: { lt: key.id } }] };
}

function eventFilter(status: WebhookLogStatus | undefined): Prisma.WebhookEventWhereInput {
  if (status === "DUPLICATE") return { attempts: { gt: 0 } };
  return status ? { status } : {};
}

/**
 * Stored deliveries and refused ones, newest first, in one keyset-paginated list: each table
 * gives its next `limit + 1` rows after the cursor and the two are merged, which is exact
 * because both are read in the same (receivedAt, id) order. Bodies are not read here.
 */
export async function listWebhookLog(options: {
  provider?: string;
  status?: WebhookLogStatus;
  cursor?: string;
  limit: number;
}): Promise<Page<WebhookLogRow>> {
  const where = { provider: options.provider, ...after(options.cursor) };
  const orderBy = [{ receivedAt: "desc" as const }, { id: "desc" as const }];
  const take = options.limit + 1;
  const wantsRejections = options.status === undefined || options.status === "REJECTED";
  const [events, rejections] = await Promise.all([
    db.webhookEvent.findMany({
      where: { ...where, ...eventFilter(options.status) },
      orderBy,
      take,
      select: {
        id: true,
        provider: true,
        receivedAt: true,
        status: true,
        eventType: true,
        attempts: true,
        error: true,
        applyTries: true,
      },
    }),
    wantsRejections
      ? db.webhookRejection.findMany({
          where,
          orderBy,
          take,
          select: { id: true, provider: true, receivedAt: true, reason: true },
        })
      : [],
  ]);
  const rows: WebhookLogRow[] = [
    ...events.map((e) => ({
      kind: "event" as const,
      id: e.id,
      provider: e.provider,
      receivedAt: e.receivedAt,
      status: e.status,
      eventType: e.eventType,
      attempts: e.attempts,
      note: e.error,
      applyTries: e.applyTries,
    })),
    ...rejections.map((r) => ({
      kind: "rejection" as const,
      id: r.id,
      provider: r.provider,
      receivedAt: r.receivedAt,
      status: "REJECTED",
      eventType: null,
      attempts: 0,
      note: r.reason,
      applyTries: 0,
    })),
  ].sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || (a.id < b.id ? 1 : -1));
  return toPage(rows.slice(0, take), options.limit, (r) => ({
    receivedAt: r.receivedAt.toISOString(),
    id: r.id,
  }));
}
