import { randomUUID } from "node:crypto";
import {
  DELIVER_NOTIFICATIONS_JOB,
  deliverDueNotifications,
} from "@/lib/notify/deliver-notifications";
import { bookShipmentJob } from "@/lib/shipping/book-shipment-job";
import { refreshRatesJob } from "@/lib/shipping/rates/refresh-rates-job";
import { trackShipmentsJob } from "@/lib/shipping/track-shipments-job";
import { outboxDeliverJob } from "@/lib/events/outbox-job";
import { forwardIncidentsJob } from "@/lib/incidents/forward-incidents-job";
import { orderSyncJob, orderSyncNowJob } from "@/lib/orders/import/order-sync-jobs";
import { purgeWebhookHistoryJob } from "@/lib/webhooks/purge-webhook-history-job";
import { securityPurgeJob } from "@/lib/security/security-purge-job";
import { HEARTBEAT_JOB, beat } from "./heartbeat";
import { defineJob, type JobDefinition } from "./registry";

const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
const startedAt = new Date();

// Every job the worker runs. Later features add their definitions here.
export const jobs: JobDefinition[] = [
  defineJob({
    name: HEARTBEAT_JOB,
    cron: "* * * * *",
    async handle() {
      await beat(workerId, startedAt);
    },
  }),
  // Every minute as a safety net; sending a notification also asks for a run straight away.
  defineJob({
    name: DELIVER_NOTIFICATIONS_JOB,
    cron: "* * * * *",
    queue: { name: DELIVER_NOTIFICATIONS_JOB, policy: "stately" },
    async handle() {
      await deliverDueNotifications();
    },
  }),
  bookShipmentJob as JobDefinition,
  refreshRatesJob,
  orderSyncJob,
  orderSyncNowJob as JobDefinition,
  outboxDeliverJob,
  forwardIncidentsJob,
  trackShipmentsJob,
  purgeWebhookHistoryJob,
  securityPurgeJob,
];

export const worker = { workerId, startedAt };
