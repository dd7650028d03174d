import { randomUUID } from "node:crypto";
import { deliverDueNotifications } from "@/lib/notify/deliver-notifications";
import { bookReturnPickupJob } from "@/lib/returns/book-return-pickup-job";
import { handoverJob } from "@/lib/dispatch/handover-job";
import { bookShipmentJob } from "@/lib/shipping/book-shipment-job";
import { settleAbandonedBookingsJob } from "@/lib/shipping/settle-abandoned-bookings-job";
import { refreshRatesJob } from "@/lib/shipping/rates/refresh-rates-job";
import { trackShipmentsJob } from "@/lib/shipping/track-shipments-job";
import { outboxDeliverJob } from "@/lib/events/outbox-job";
import { forwardIncidentsJob } from "@/lib/incidents/forward-incidents-job";
import { applyNdrRulesJob } from "@/lib/ndr/apply-ndr-rules-job";
import { codConfirmationJob } from "@/lib/cod-confirmation/cod-confirmation-job";
import { foldCourierDayStatsJob } from "@/lib/dashboard/fold-courier-day-stats-job";
import { freightSweepJob } from "@/lib/freight/freight-sweep-job";
import { issueRefundJob } from "@/lib/receiving/refund/issue-refund-job";
import { printLabelsJob } from "@/lib/dispatch/labels/print-labels-job";
import { sweepLabelBatchesJob } from "@/lib/dispatch/labels/sweep-label-batches-job";
import { sweepRefundsJob } from "@/lib/receiving/refund/sweep-refunds-job";
import { registerPickupLocationJob } from "@/lib/dispatch/locations/register-pickup-location-job";
import { orderSyncJob, orderSyncNowJob } from "@/lib/orders/import/order-sync-jobs";
import { securityPurgeJob } from "@/lib/security/security-purge-job";
import { purgeWebhookHistoryJob } from "@/lib/webhooks/purge-webhook-history-job";
import { applyCourierWebhooksJob } from "@/lib/webhooks/apply-courier-webhooks-job";
import { beat, type WorkerIdentity } from "./heartbeat";
import { DELIVER_NOTIFICATIONS_JOB, HEARTBEAT_JOB } from "./queue-names";
import { defineJob, type JobDefinition } from "./registry";

export const worker: WorkerIdentity = {
  workerId: `${process.pid}-${randomUUID().slice(0, 8)}`,
  startedAt: new Date(),
};

// Every job the worker runs. Later features add their definitions here, and their queue's
// retry and expiry settings to queue-settings.ts.
export const jobs: JobDefinition[] = [
  defineJob({
    name: HEARTBEAT_JOB,
    cron: "* * * * *",
    async handle() {
      await beat(worker);
    },
  }),
  // Every minute as a safety net; sending a notification also asks for a run straight away.
  defineJob({
    name: DELIVER_NOTIFICATIONS_JOB,
    cron: "* * * * *",
    async handle() {
      await deliverDueNotifications();
    },
  }),
  bookShipmentJob as JobDefinition,
  bookReturnPickupJob as JobDefinition,
  settleAbandonedBookingsJob,
  refreshRatesJob,
  orderSyncJob,
  orderSyncNowJob as JobDefinition,
  outboxDeliverJob,
  applyCourierWebhooksJob,
  forwardIncidentsJob,
  trackShipmentsJob,
  purgeWebhookHistoryJob,
  securityPurgeJob,
  applyNdrRulesJob,
  codConfirmationJob,
  foldCourierDayStatsJob,
  freightSweepJob,
  issueRefundJob as JobDefinition,
  printLabelsJob as JobDefinition,
  sweepLabelBatchesJob,
  sweepRefundsJob,
  registerPickupLocationJob as JobDefinition,
  handoverJob as JobDefinition,
];
