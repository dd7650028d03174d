// Queue names in one place, so senders and the worker's job definitions agree.

/** Books one shipment: data { orderId, direction?, courierAccountId? } (see lib/shipping/book-shipment-job.ts). */
export const BOOK_SHIPMENT_JOB = "shipment-book";

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

/** Purges handled webhook deliveries and rejections past WEBHOOK_RETENTION_DAYS (lib/webhooks/purge-webhook-history.ts). */
export const WEBHOOK_RETENTION_JOB = "webhooks-purge";

/** Deletes ended rate-limit windows and long-ended sign-in sessions (lib/security/security-purge-job.ts). */
export const SECURITY_PURGE_JOB = "security-purge";

/** Delivers queued e-mail and SMS notifications (lib/notify/deliver-notifications.ts). */
export const DELIVER_NOTIFICATIONS_JOB = "notifications-deliver";

/** Applies the NDR rules to failed deliveries nobody answered in time (lib/ndr/apply-ndr-rules.ts). */
export const NDR_RULES_JOB = "ndr-rules";

/** A closed handover's manifests or its pickup request: data { handoverId, step } (lib/dispatch/handover-job.ts). */
export const DISPATCH_HANDOVER_JOB = "dispatch-handover";

/** The worker's cron beat: a fresh one in /api/health means the queue is being worked. */
export const HEARTBEAT_JOB = "worker-heartbeat";
