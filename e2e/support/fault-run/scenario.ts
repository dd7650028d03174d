import { demoCourierAccounts } from "../../../prisma/seed/accounts";
import { rows, type Check } from "./check";
import { checkNotifications, checkOutbox, checkScheduledSync } from "./checks-jobs";
import { checkOneAwbPerOrder, checkPicks, checkWebhooks, pickedPerSku } from "./checks-floor";
import { checkAvailability, checkRecovery, unfinishedBookings } from "./checks-recovery";
import { newTally } from "./client";
import { probeWebs, runFaults, type FaultLog } from "./faults";
import { runPickers } from "./picks";
import { sleep } from "./processes";
import { setUpAsAdmin, signInEveryone, startBulkBooking } from "./setup";
import type { FaultStack } from "./stack";
import { startEventSubscriber } from "./subscriber";
import { floodWebhooks, planPushes } from "./webhooks";

/** How big a run is: CI's fits the test budget, the bench's is the full-size one. */
export interface FaultRunSize {
  /** how long the load runs while the faults happen (the faults take about 35 s; over a
   * minute spans more than one slot of the scheduled sync) */
  loadSeconds: number;
  hotSkus: number;

  trackedAwbs: number;
  scansPerAwb: number;
  bulkOrders: number;
  /** how long PostgreSQL stays down when it restarts */
  databaseDownSeconds: number;
  /** how long to wait for everything to settle before checking */
  settleSeconds: number;
}

export const CI_SIZE: FaultRunSize = {
  loadSeconds: 65,
  hotSkus: 8,
  trackedAwbs: 12,
  scansPerAwb: 4,
  bulkOrders: 20,
  databaseDownSeconds: 3,
  // A booking that failed through every fault retries after 5–10, 10–20, 20–40 … s.
  settleSeconds: 240,
};

export const FULL_SIZE: FaultRunSize = {
  loadSeconds: 120,
  hotSkus: 16,
  // every Shiprocket parcel of the demo seed still on its way
  trackedAwbs: 18,
  scansPerAwb: 6,
  bulkOrders: 60,
  databaseDownSeconds: 8,
  settleSeconds: 300,
};

export interface FaultRunReport {
  checks: Check[];
  faults: FaultLog;
  figures: Record<string, string | number>;
}

/**
 * The fault run: picks, a webhook flood, a bulk booking, the scheduled sync, customer messages and
 * outbox delivery, all at once against two web processes and two workers, while a worker is
 * killed, PostgreSQL restarts, the couriers fail and the event subscriber is down. Then it waits
 * (never asserting on time) for the work to settle and checks what the database and the sandbox
 * hold.
 */
export async function runFaultRun(stack: FaultStack, size: FaultRunSize): Promise<FaultRunReport> {
  const tally = newTally();
  const subscriber = await startEventSubscriber();
  const sessions = await signInEveryone(stack, tally);
  const { subscriberId } = await setUpAsAdmin(stack, sessions.admin, tally, subscriber.url);
  const skus = (
    await rows<{ sku: string }>(
      stack.db,
      `SELECT sku FROM "SkuDemand" WHERE "openLines" > 0
         ORDER BY "qtyOrdered" - "qtyPicked" - "qtyShort" DESC, sku LIMIT $1`,
      [size.hotSkus],
    )
  ).map((r) => r.sku);
  const awbs = (
    await rows<{ awb: string }>(
      stack.db,
      `SELECT s.awb FROM "Shipment" s JOIN "CourierAccount" a ON a.id = s."courierAccountId"
         WHERE a.courier = 'SHIPROCKET' AND s.direction = 'FORWARD'
           AND s.status IN ('PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY') ORDER BY s.awb LIMIT $1`,
      [size.trackedAwbs],
    )
  ).map((r) => r.awb);
  const pickedBefore = await pickedPerSku(stack.db, skus);
  const pickers = sessions.pickers.flatMap((cookie) => stack.webs.map((web) => ({ web, cookie })));
  // Paced so the hot SKUs' open units (1.5 a pick on average) last the whole load.
  const [demand] = await rows<{ units: number }>(
    stack.db,
    `SELECT coalesce(sum("qtyOrdered" - "qtyPicked" - "qtyShort"), 0)::int AS units
       FROM "SkuDemand" WHERE sku = ANY($1)`,
    [skus],
  );
  const pickGapMs = Math.max(
    50,
    (size.loadSeconds * 1000 * pickers.length * 1.5) / Math.max(1, demand?.units ?? 0),
  );
  for (const log of ["/_control/sms/messages", "/_control/whatsapp/messages"])
    await fetch(`${stack.sandbox}${log}`, { method: "DELETE" });
  const startedAt = Date.now();
  const since = new Date(startedAt);
  const until = startedAt + size.loadSeconds * 1000;
  const token = demoCourierAccounts(stack.sandbox).find((a) => a.courier === "SHIPROCKET")!;
  const pushes = planPushes(
    { awbs, scansPerAwb: size.scansPerAwb },
    new Date(startedAt - 3_600_000),
  );

  const probes = probeWebs(stack.webs, startedAt);
  const [pickLog, webhookLog, bulk, faults] = await Promise.all([
    runPickers(pickers, skus, tally, until, pickGapMs),
    floodWebhooks(stack.webs, token.webhookSecret, pushes, tally, until),
    startBulkBooking(stack, sessions.ops, tally, size.bulkOrders),
    runFaults(stack, subscriber, startedAt, size.databaseDownSeconds),
  ]);
  const loadEndedAt = Date.now();
  const settled = await settle(stack, size, bulk.runId, subscriberId, awbs, faults);
  const answers = await probes.stop();
  await subscriber.down();

  const checks = [
    ...(await checkPicks(stack.db, pickLog, pickedBefore)),
    ...(await checkWebhooks(stack.db, webhookLog, awbs, size.scansPerAwb)),
    ...(await checkOneAwbPerOrder(stack.db, stack.sandbox)),
    ...(await checkScheduledSync(stack.db, since)),
    ...(await checkOutbox(stack.db, subscriberId, subscriber.received)),
    ...(await checkNotifications(stack.db, stack.sandbox, since)),
    ...(await checkRecovery(stack.db, faults, bulk.runId)),
    ...checkAvailability(answers, faults, tally),
  ];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return {
    checks,
    faults,
    figures: {
      "load ran for": seconds(loadEndedAt - startedAt),
      "settled after the load in": settled === null ? "did not settle" : seconds(settled),
      picks: pickLog.picked.size,
      "webhook pushes": `${webhookLog.sent} for ${awbs.length} AWBs`,
      "bulk booking orders": bulk.orderIds.length,
      "requests by the clients": tally.requests,
      "503 answers (retried)": tally.unavailable,
      "dropped connections (retried)": tally.networkErrors,
      "event deliveries received": subscriber.received.length,
      "services restarted while starting": stack.restarts.join("; ") || "none",
    },
  };
}

/**
 * Waits (up to the size's generous limit; nothing is asserted on time) until the work is done:
 * bookings finished, every tracked AWB delivered with all its scans, no event waiting for the
 * subscriber, no event waiting to be planned as customer messages (the notifications job plans
 * them once a minute) and none of those messages waiting, every run the kill interrupted ended
 * (a handed-back drain may run again for most of a minute). Returns how long it took, or null if
 * it never did.
 */
async function settle(
  stack: FaultStack,
  size: FaultRunSize,
  runId: string,
  subscriberId: string,
  awbs: string[],
  faults: FaultLog,
): Promise<number | null> {
  const from = Date.now();
  const deadline = from + size.settleSeconds * 1000;
  while (Date.now() < deadline) {
    const waiting = await rows<{ n: number }>(
      stack.db,
      `SELECT (SELECT count(*) FROM "Shipment" s WHERE s.awb = ANY($2) AND (s.status <> 'DELIVERED'
                 OR (SELECT count(*) FROM "TrackingEvent" t WHERE t."shipmentId" = s.id
                       AND t.location LIKE 'Fault Run Hub %') < $3))
            + (SELECT count(*) FROM "OutboxEvent" WHERE status <> 'DELIVERED')
            + (SELECT count(*) FROM "OutboxDelivery" WHERE "subscriberId" = $1 AND status <> 'DELIVERED')
            + (SELECT count(*) FROM "OutboxEvent" e WHERE e.type IN ('OrderShipped',
                 'ShipmentStatusChanged', 'RefundIssued', 'ReturnPickupScheduled')
                 AND e."createdAt" > now() - interval '7 days'
                 AND NOT EXISTS (SELECT 1 FROM "CustomerNoticeEvent" c WHERE c."eventId" = e.id))
            + (SELECT count(*) FROM "Notification" WHERE channel IN ('SMS', 'WHATSAPP')
                 AND status IN ('PENDING', 'FAILED'))
            + (SELECT count(*) FROM pgboss.job WHERE id = ANY($4::uuid[])
                 AND state IN ('created', 'retry', 'active'))
            + (SELECT count(*) FROM "RunningJob" r JOIN "WorkerHeartbeat" h ON h."workerId" = r."workerId"
                 WHERE h."aliveAt" < now() - interval '20 seconds') AS n`,
      [subscriberId, awbs, size.scansPerAwb, faults.interruptedJobs.map((j) => j.jobId)],
    ).catch(() => [{ n: 1 }]);
    if (Number(waiting[0]!.n) === 0 && (await unfinishedBookings(stack.db, runId)) === 0)
      return Date.now() - from;
    await sleep(1_000);
  }
  return null;
}
