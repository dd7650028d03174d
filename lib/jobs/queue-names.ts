// Queue names in one place, so senders and the worker's job definitions agree.

/** Books one shipment: data { orderId, direction?, courierAccountId? } (see lib/shipping/book-shipment-job.ts). */
export const BOOK_SHIPMENT_JOB = "shipment-book";

/** Books the reverse pickup of an approved return: data { returnRequestId } (lib/returns/book-return-pickup-job.ts). */
export const BOOK_RETURN_PICKUP_JOB = "return-pickup-book";

/** Settles bookings of cancelled orders that nobody is finishing (lib/shipping/settle-abandoned-bookings.ts). */
export const SETTLE_BOOKINGS_JOB = "shipments-settle";

/** Refreshes expiring rate quotes for recently seen lanes. */
export const REFRESH_RATES_JOB = "rates-refresh";

/** Imports orders from every enabled store source whose sync interval has elapsed (cron). */
export const ORDER_SYNC_JOB = "order-sync";

/** "Sync now" from the admin: data { sourceId, full? } (see lib/orders/import/request-order-sync.ts). */
export const ORDER_SYNC_NOW_JOB = "order-sync-now";

/** Fans outbox events out to subscribers and delivers them (see lib/events/pump-outbox.ts). */
export const OUTBOX_DELIVER_JOB = "outbox-deliver";

/** Forwards new incidents to the ticketing webhook, if one is set (lib/incidents/forward-incidents.ts). */
export const INCIDENT_FORWARD_JOB = "incident-forward";

/** Polls couriers for live shipments that no webhook updated recently (lib/shipping/track-shipments-job.ts). */
export const TRACK_SHIPMENTS_JOB = "shipments-track";

/** Applies stored courier tracking webhooks, oldest first (lib/webhooks/drain-courier-webhooks.ts). */
export const APPLY_COURIER_WEBHOOKS_JOB = "webhooks-apply";

/** Purges handled webhook deliveries and rejections past WEBHOOK_RETENTION_DAYS (lib/webhooks/purge-webhook-history.ts). */
export const WEBHOOK_RETENTION_JOB = "webhooks-purge";

/** Deletes ended rate-limit windows and long-ended sign-in sessions (lib/security/security-purge-job.ts). */
export const SECURITY_PURGE_JOB = "security-purge";

/** Delivers queued e-mail and SMS notifications (lib/notify/deliver-notifications.ts). */
export const DELIVER_NOTIFICATIONS_JOB = "notifications-deliver";

/** Applies the NDR rules to failed deliveries nobody answered in time (lib/ndr/apply-ndr-rules.ts). */
export const NDR_RULES_JOB = "ndr-rules";

/** Sums again the shipping dashboard's changed booking days (lib/dashboard/fold-courier-day-stats.ts). */
export const DASHBOARD_FOLD_JOB = "dashboard-fold";
/** Issues one receipt's Razorpay refund: data { refundId } (see lib/receiving/refund/issue-refund-job.ts). */
export const ISSUE_REFUND_JOB = "refund-issue";
/** Fetches and merges one batch of shipping labels: data { batchId } (lib/dispatch/labels/print-labels-job.ts). */
export const PRINT_LABELS_JOB = "labels-print";
/** Fails label batches whose print job ended unfinished (lib/dispatch/labels/fail-ended-label-batches.ts). */
export const LABEL_BATCHES_SWEEP_JOB = "label-batches-sweep";
/** Fails refunds whose refund job ended unrecorded (lib/receiving/refund/fail-ended-refunds.ts). */
export const REFUNDS_SWEEP_JOB = "refunds-sweep";
/** Registers a pickup location with one courier account: data { registrationId, attempt } (lib/dispatch/locations/register-pickup-location.ts). */
export const REGISTER_PICKUP_LOCATION_JOB = "pickup-location-register";
/** A closed handover's manifests or its pickup request: data { handoverId, step } (lib/dispatch/handover-job.ts). */
export const DISPATCH_HANDOVER_JOB = "dispatch-handover";
/** COD confirmation: applies the rule to new COD orders, deadlines to ops (lib/cod-confirmation/cod-confirmation-job.ts). */
export const COD_CONFIRMATION_JOB = "cod-confirmation";

/** Checks couriers' charged weights from tracking and expires weight disputes (lib/freight/freight-sweep-job.ts). */
export const FREIGHT_SWEEP_JOB = "freight-sweep";

/** The worker's cron beat: a fresh one in /api/health means the queue is being worked. */
export const HEARTBEAT_JOB = "worker-heartbeat";
