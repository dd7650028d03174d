import type PgBoss from "pg-boss";
import {
  APPLY_COURIER_WEBHOOKS_JOB,
  BOOK_RETURN_PICKUP_JOB,
  BOOK_SHIPMENT_JOB,
  COD_CONFIRMATION_JOB,
  DASHBOARD_FOLD_JOB,
  FREIGHT_SWEEP_JOB,
  DISPATCH_HANDOVER_JOB,
  DELIVER_NOTIFICATIONS_JOB,
  HEARTBEAT_JOB,
  INCIDENT_FORWARD_JOB,
  ISSUE_REFUND_JOB,
  LABEL_BATCHES_SWEEP_JOB,
  NDR_RULES_JOB,
  ORDER_SYNC_JOB,
  ORDER_SYNC_NOW_JOB,
  PRINT_LABELS_JOB,
  OUTBOX_DELIVER_JOB,
  REFRESH_RATES_JOB,
  REFUNDS_SWEEP_JOB,
  REGISTER_PICKUP_LOCATION_JOB,
  SECURITY_PURGE_JOB,
  SETTLE_BOOKINGS_JOB,
  TRACK_SHIPMENTS_JOB,
  WEBHOOK_RETENTION_JOB,
} from "./queue-names";

type Settings = Omit<PgBoss.Queue, "name">;

// Scheduled jobs: the next tick is the retry, so a failure is not retried on its own; "stately"
// keeps one queued and one running at a time. A run whose worker died is run again by the reaper.
const scheduled = (expireInSeconds: number): Settings => ({
  policy: "stately",
  retryLimit: 0,
  expireInSeconds,
});

/**
 * Retry and expiry per queue, the only place they are set (senders pass none, so every job of a
 * queue behaves alike). The reasons, job by job, are in lib/jobs/README.md. Expiry is a safety
 * net for a job that hangs; a job whose worker died is retried by the reaper within a minute.
 */
export const QUEUE_SETTINGS: Record<string, Settings> = {
  [HEARTBEAT_JOB]: { policy: "standard", retryLimit: 0, expireInSeconds: 60 },
  [DELIVER_NOTIFICATIONS_JOB]: scheduled(300),
  [OUTBOX_DELIVER_JOB]: scheduled(300),
  [APPLY_COURIER_WEBHOOKS_JOB]: scheduled(300),
  [INCIDENT_FORWARD_JOB]: scheduled(300),
  [ORDER_SYNC_JOB]: scheduled(3_600),
  [ORDER_SYNC_NOW_JOB]: scheduled(3_600),
  [TRACK_SHIPMENTS_JOB]: scheduled(1_200),
  [SETTLE_BOOKINGS_JOB]: scheduled(600),
  [REFRESH_RATES_JOB]: scheduled(1_800),
  [WEBHOOK_RETENTION_JOB]: scheduled(1_800),
  [SECURITY_PURGE_JOB]: scheduled(300),
  [NDR_RULES_JOB]: scheduled(900),
  [DASHBOARD_FOLD_JOB]: scheduled(300),
  [LABEL_BATCHES_SWEEP_JOB]: scheduled(60),
  [REFUNDS_SWEEP_JOB]: scheduled(300),
  [FREIGHT_SWEEP_JOB]: scheduled(600),
  [COD_CONFIRMATION_JOB]: scheduled(300),
  // A refund retries a transient failure with backoff for about an hour; each retry lists the
  // payment's refunds before calling again, so a lost answer never refunds twice.
  [ISSUE_REFUND_JOB]: {
    policy: "standard",
    retryLimit: 8,
    retryDelay: 15,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  // Only a courier that did not answer (network, 5xx, 429) is retried; a refusal is recorded.
  [REGISTER_PICKUP_LOCATION_JOB]: {
    policy: "standard",
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  // a courier that is down for a while: the dock's manifest and pickup come once it answers
  [DISPATCH_HANDOVER_JOB]: {
    policy: "standard",
    retryLimit: 10,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  [BOOK_SHIPMENT_JOB]: {
    policy: "standard",
    retryLimit: 8,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  [BOOK_RETURN_PICKUP_JOB]: {
    policy: "standard",
    retryLimit: 8,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  [PRINT_LABELS_JOB]: {
    policy: "standard",
    retryLimit: 3,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 600,
  },
};

/**
 * How many jobs of a queue one worker runs at once (1 unless listed). A booking mostly waits: for
 * the courier's answer, and for a slot of the courier's create limit, which every process shares
 * (lib/couriers/http/rate-limiter.ts; Shiprocket 10/s). One at a time, a worker on 2 cores
 * booked 7.9 a second against the sandbox, under Shiprocket's 10/s; thirty at once book 60 a
 * second without the courier call, so the couriers' limits set the pace (bench/bulk-booking.ts),
 * while a waiter's place in a limit's queue stays a few seconds, far inside the 60 s a call may
 * wait for a slot. Every worker adds its own thirty.
 */
export const QUEUE_CONCURRENCY: Record<string, number> = {
  [BOOK_SHIPMENT_JOB]: 30,
};

export function queueConcurrency(name: string): number {
  return QUEUE_CONCURRENCY[name] ?? 1;
}

export function queueSettings(name: string): PgBoss.Queue {
  const settings = QUEUE_SETTINGS[name];
  if (!settings) throw new Error(`No queue settings for "${name}" (lib/jobs/queue-settings.ts).`);
  return { name, ...settings };
}
