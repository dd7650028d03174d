import type { Courier } from "@/lib/couriers/courier";
import { DRY_RUN_PREFIX } from "@/lib/couriers/dry-run";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import { log } from "@/lib/observability/logger";
import { applyTrackingUpdate } from "./apply-tracking-update";
import { TRACKABLE_SHIPMENT_STATUSES } from "./tracking-status-rank";

export interface TrackDueShipmentsOptions {
  /** a shipment tracked (by webhook or poll) more recently than this is left alone */
  staleAfterMs?: number;
  /** shipments per run, oldest lastTrackedAt first */
  batchSize?: number;
  /** calls in flight per courier account; the HTTP layer's rate limits still apply per endpoint */
  perAccountConcurrency?: number;
  now?: Date;
}

export interface TrackDueShipmentsResult {
  checked: number;
  updated: number;
  notFound: number;
  failed: number;
}

const MAX_BACKOFF_MS = 24 * 60 * 60_000;

interface Due {
  id: string;
  awb: string;
  courierAccountId: string;
  trackMisses: number;
}

/**
 * The tracking poll: asks the courier about live shipments that no webhook or poll has updated
 * recently, and applies the answers through the same use case as webhooks: the courier's
 * current status moves the shipment, its scans are history (a scan seen both ways is stored
 * once), and an unknown status the shipment already holds is not reported again, however often
 * the poll sees it. An answer with neither a current status nor scans means the courier does
 * not know the AWB (a demo shipment, a cancelled booking): not an incident; the shipment is
 * asked again later, backing off exponentially up to a day. A transient failure waits one normal interval; an open breaker stops that
 * account's share of the batch.
 */
export async function trackDueShipments(
  options: TrackDueShipmentsOptions = {},
): Promise<TrackDueShipmentsResult> {
  const now = options.now ?? new Date();
  const staleAfterMs = options.staleAfterMs ?? 30 * 60_000;
  const due = await db.shipment.findMany({
    where: {
      status: { in: [...TRACKABLE_SHIPMENT_STATUSES] },
      // a dry-run booking's AWB exists at no courier: there is nothing to ask
      awb: { not: null },
      NOT: { awb: { startsWith: DRY_RUN_PREFIX } },
      courierAccount: { active: true },
      OR: [
        { lastTrackedAt: null },
        { lastTrackedAt: { lt: new Date(now.getTime() - staleAfterMs) } },
      ],
      AND: [{ OR: [{ nextTrackAt: null }, { nextTrackAt: { lte: now } }] }],
    },
    orderBy: [{ lastTrackedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: options.batchSize ?? 200,
    select: { id: true, awb: true, courierAccountId: true, trackMisses: true },
  });
  const byAccount = new Map<string, Due[]>();
  for (const s of due as Due[])
    byAccount.set(s.courierAccountId, [...(byAccount.get(s.courierAccountId) ?? []), s]);

  const result: TrackDueShipmentsResult = { checked: 0, updated: 0, notFound: 0, failed: 0 };
  const concurrency = options.perAccountConcurrency ?? 2;
  await Promise.all(
    [...byAccount].map(async ([accountId, shipments]) => {
      // An account whose adapter cannot be built (credentials unreadable) skips its turn alone.
      const courier = await getCourierForAccount(accountId).catch((error: unknown) => {
        log.error("tracking poll: courier account unusable", {
          courierAccountId: accountId,
          error,
        });
        result.failed += shipments.length;
        return null;
      });
      if (!courier) return;
      const queue = [...shipments];
      let breakerOpen = false;
      const worker = async () => {
        for (let s = queue.shift(); s && !breakerOpen; s = queue.shift()) {
          const outcome = await trackOne(courier, s, now, staleAfterMs);
          result.checked += 1;
          result[outcome === "breakerOpen" ? "failed" : outcome] += 1;
          if (outcome === "breakerOpen") breakerOpen = true;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    }),
  );
  if (result.checked) log.info("tracking poll", { ...result });
  return result;
}

async function trackOne(
  courier: Courier,
  s: Due,
  now: Date,
  staleAfterMs: number,
): Promise<"updated" | "notFound" | "failed" | "breakerOpen"> {
  try {
    const tracking = await courier.track(s.awb);
    if (tracking.scans.length === 0 && tracking.current === null)
      return await miss(s, now, staleAfterMs);
    await applyTrackingUpdate({
      courier: courier.code,
      update: tracking,
      source: "poll",
      nextTrackAt: null,
    });
    return "updated";
  } catch (error) {
    if (error instanceof CourierError && error.kind === "rejected")
      return await miss(s, now, staleAfterMs);
    log.warn("tracking poll failed", { courier: courier.code, awb: s.awb, error });
    await db.shipment.update({
      where: { id: s.id },
      data: { nextTrackAt: new Date(now.getTime() + staleAfterMs) },
      select: { id: true },
    });
    return error instanceof CourierError && error.kind === "circuit_open"
      ? "breakerOpen"
      : "failed";
  }
}

/** The courier does not know this AWB: ask again after 2, 4, 8… intervals, at most daily. */
async function miss(s: Due, now: Date, staleAfterMs: number): Promise<"notFound"> {
  const waitMs = Math.min(MAX_BACKOFF_MS, staleAfterMs * 2 ** (s.trackMisses + 1));
  await db.shipment.update({
    where: { id: s.id },
    data: {
      lastTrackedAt: now,
      trackMisses: { increment: 1 },
      nextTrackAt: new Date(now.getTime() + waitMs),
    },
    select: { id: true },
  });
  log.info("courier does not know this AWB yet; backing off", { awb: s.awb, waitMs });
  return "notFound";
}
