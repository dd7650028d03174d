import type { Role } from "./roles";

/**
 * Who may do what: the one table that route handlers, pages and the navigation take their
 * roles from, and that lib/http/routes.integration.test.ts checks every route against.
 * Object-level rules (a packer sees only orders on the packing table, and books only what they
 * packed) live in the use cases, on top of this.
 */
export const PERMISSIONS = {
  /** the pick list, picks, undo, "not in stock" and putting back units of cancelled orders */
  picking: ["PICKER", "OPS", "ADMIN"],
  /** carts of totes and releasing a wave of the oldest orders onto a cart (cluster picking) */
  waves: ["OPS", "ADMIN"],
  /** the packing queue, verifying, the ship-partial/hold decision, mark packed, the packing slip */
  packing: ["PACKER", "OPS", "ADMIN"],
  /** booking a parcel, its shipment and its label (packers: orders they packed, still on the floor) */
  booking: ["PACKER", "OPS", "ADMIN"],
  /** the dock: handovers of booked parcels to couriers, their manifests and pickups */
  dispatch: ["PACKER", "OPS", "ADMIN"],
  /** booking many packed orders at once as a background run, its progress and "retry failed" */
  bulkBooking: ["OPS", "ADMIN"],
  /** the receive station: returned and RTO parcels scanned in, restocked, written off or claimed */
  receiving: ["PACKER", "OPS", "ADMIN"],
  /** the order list and detail with customers' data, notes, address edits, cancel */
  orders: ["OPS", "ADMIN"],
  /** the out-of-stock report, its CSV and sending it */
  stockReport: ["OPS", "ADMIN"],
  /** the shipping dashboard, failed-delivery (NDR) actions, "retry anyway" of a booking, and
   *  weight reconciliation: couriers' billing files and weight disputes */
  shipping: ["OPS", "ADMIN"],
  /** COD remittance: importing couriers' remittance reports, the reconciliation and its CSV */
  remittance: ["OPS", "ADMIN"],
  /** incidents: reading and resolving them */
  incidents: ["OPS", "ADMIN"],
  /** users, courier accounts, the order source, messages, events and feature flags */
  admin: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Callers that are not signed-in users: anyone, a courier or gateway (the handler verifies it), Prometheus. */
export type MachineAccess = "public" | "webhook" | "metrics";

/** Every route handler, by method and path as its folder names it, and what it needs. */
export const ROUTE_POLICY = {
  "GET /api/health": "public",
  "GET /api/ping": "public",
  "GET /api/auth/[...nextauth]": "public",
  "POST /api/auth/[...nextauth]": "public",
  "GET /api/track/[awb]": "public",
  "GET /track/[awb]/return": "public",
  "POST /api/track/[awb]/return": "public",
  "POST /api/fix-delivery/[token]": "public",
  "POST /api/cod-confirmations/[token]": "public",
  "GET /track": "public",
  "GET /track/[awb]": "public",
  "GET /api/store/logo": "public",
  "POST /api/setup": "public",
  "GET /api/metrics": "metrics",
  "POST /api/webhooks/shiprocket": "webhook",
  "POST /api/webhooks/ekart": "webhook",
  "POST /api/webhooks/delhivery": "webhook",
  "POST /api/webhooks/razorpay": "webhook",
  "GET /api/webhooks/whatsapp": "webhook",
  "POST /api/webhooks/whatsapp": "webhook",

  "GET /api/picklist": "picking",
  "GET /api/picklist/stats": "picking",
  "POST /api/pick": "picking",
  "POST /api/pick/undo": "picking",
  "POST /api/not-in-stock": "picking",
  "POST /api/not-in-stock/undo": "picking",
  "GET /api/put-back-tasks": "picking",
  "POST /api/put-back-tasks/[id]/done": "picking",
  "GET /api/receiving/parcels": "receiving",
  "POST /api/receiving/receipts": "receiving",
  "POST /api/refunds/[id]/retry": "orders",
  "GET /api/carts": "picking",
  "POST /api/carts": "waves",
  "POST /api/waves": "waves",
  "POST /api/waves/[id]/cancel": "waves",
  "GET /api/waves/[id]": "picking",
  "POST /api/waves/[id]/totes": "picking",
  "POST /api/waves/[id]/picks": "picking",
  "POST /api/waves/[id]/not-in-stock": "picking",

  "GET /api/orders/ready-to-pack": "packing",
  "GET /api/orders/[id]/pack": "packing",
  "POST /api/orders/[id]/verify-item": "packing",
  "POST /api/orders/[id]/pack-decision": "packing",
  "POST /api/orders/[id]/mark-packed": "packing",
  "GET /api/orders/[id]/packing-slip": "packing",
  "GET /api/pack/scan": "packing",
  "GET /api/box-presets": "packing",

  "POST /api/orders/[id]/ship": "booking",
  "GET /api/orders/[id]/shipment": "booking",
  "GET /api/shipments/[id]/label": "booking",
  "POST /api/label-batches": "booking",
  "GET /api/label-batches/[id]": "booking",
  "GET /api/label-batches/[id]/pdf": "booking",
  "POST /api/label-batches/[id]/retry": "booking",

  "GET /api/dispatch": "dispatch",
  "POST /api/dispatch/handovers": "dispatch",
  "POST /api/dispatch/handovers/[id]/scans": "dispatch",
  "POST /api/dispatch/handovers/[id]/close": "dispatch",
  "POST /api/dispatch/handovers/[id]/pickup": "dispatch",
  "GET /api/dispatch/handovers/[id]/manifest": "dispatch",

  "POST /api/bulk-bookings": "bulkBooking",
  "GET /api/bulk-bookings": "bulkBooking",
  "GET /api/bulk-bookings/[id]": "bulkBooking",
  "POST /api/bulk-bookings/[id]/retry-failed": "bulkBooking",

  "GET /api/orders": "orders",
  "GET /api/orders/changes": "orders",
  "GET /api/orders/[id]": "orders",
  "GET /api/orders/[id]/carrier-options": "orders",
  "PATCH /api/orders/[id]/address": "orders",
  "PUT /api/orders/[id]/pickup-location": "orders",
  "POST /api/orders/[id]/cancel": "orders",
  "GET /api/orders/[id]/cod-confirmation": "orders",
  "POST /api/orders/[id]/cod-confirmation": "orders",
  "POST /api/orders/[id]/rto": "orders",
  "GET /api/orders/[id]/returns": "orders",
  "POST /api/orders/[id]/returns": "orders",
  "POST /api/returns/[id]/approve": "orders",
  "POST /api/returns/[id]/refuse": "orders",
  "POST /api/returns/[id]/cancel": "orders",
  "POST /api/orders/[id]/mark-processing": "orders",
  "GET /api/orders/[id]/notes": "orders",
  "POST /api/orders/[id]/notes": "orders",

  "GET /api/out-of-stock": "stockReport",
  "GET /api/out-of-stock/export": "stockReport",
  "POST /api/out-of-stock/send": "stockReport",

  "POST /api/shipments/[id]/ndr": "shipping",
  "POST /api/shipments/[id]/retry-anyway": "shipping",
  "POST /api/freight/billing-imports": "shipping",
  "POST /api/freight/checks/[id]/dispute": "shipping",
  "POST /api/freight/disputes/[id]/events": "shipping",
  "POST /api/webhook-events/[id]/reprocess": "admin",

  "POST /api/remittance/imports": "remittance",
  "GET /api/remittance/summary": "remittance",
  "GET /api/remittance/rows": "remittance",
  "GET /api/remittance/export": "remittance",
  "GET /api/remittance/settings": "remittance",
  "PUT /api/remittance/settings/[courier]": "admin",

  "GET /api/incidents": "incidents",
  "POST /api/incidents/[id]/resolve": "incidents",

  "GET /api/admin/users": "admin",
  "GET /api/admin/box-presets": "admin",
  "POST /api/admin/box-presets": "admin",
  "PUT /api/admin/box-presets/[id]": "admin",
  "PUT /api/admin/freight-rules/[id]": "admin",
  "POST /api/admin/users": "admin",
  "PATCH /api/admin/users/[id]": "admin",
  "PUT /api/admin/users/[id]/password": "admin",
  "DELETE /api/admin/users/[id]/sign-in-delay": "admin",
  "GET /api/admin/pickup-locations": "admin",
  "POST /api/admin/pickup-locations": "admin",
  "PUT /api/admin/pickup-locations/[id]": "admin",
  "PUT /api/admin/pickup-locations/[id]/default": "admin",
  "PUT /api/admin/pickup-locations/[id]/active": "admin",
  "POST /api/admin/pickup-locations/[id]/registrations/[accountId]": "admin",
  "GET /api/admin/pickup-locations/rules": "admin",
  "POST /api/admin/pickup-locations/rules": "admin",
  "DELETE /api/admin/pickup-locations/rules/[ruleId]": "admin",
  "GET /api/admin/courier-accounts": "admin",
  "POST /api/admin/courier-accounts": "admin",
  "PATCH /api/admin/courier-accounts/[id]": "admin",
  "PUT /api/admin/courier-accounts/[id]/active": "admin",
  "POST /api/admin/courier-accounts/[id]/test": "admin",
  "GET /api/admin/order-source": "admin",
  "PUT /api/admin/order-source": "admin",
  "POST /api/admin/sync": "admin",
  "GET /api/admin/sync-status": "admin",
  "GET /api/admin/notification-settings": "admin",
  "PUT /api/admin/notification-settings": "admin",
  "POST /api/admin/notification-settings/test-email": "admin",
  "POST /api/admin/notification-settings/test-sms": "admin",
  "GET /api/admin/notification-templates": "admin",
  "PUT /api/admin/notification-templates": "admin",
  "PUT /api/admin/customer-notifications": "admin",
  "GET /api/admin/whatsapp-settings": "admin",
  "PUT /api/admin/whatsapp-settings": "admin",
  "POST /api/admin/whatsapp-settings/test": "admin",
  "GET /api/admin/incident-settings": "admin",
  "GET /api/admin/return-settings": "admin",
  "PUT /api/admin/return-settings": "admin",
  "GET /api/admin/cod-confirmation": "admin",
  "PUT /api/admin/cod-confirmation": "admin",
  "PUT /api/admin/incident-settings": "admin",
  "GET /api/admin/event-subscribers": "admin",
  "POST /api/admin/event-subscribers": "admin",
  "PATCH /api/admin/event-subscribers/[id]": "admin",
  "GET /api/admin/event-deliveries": "admin",
  "POST /api/admin/event-deliveries/[id]/retry": "admin",
  "GET /api/admin/payments/razorpay": "admin",
  "PUT /api/admin/payments/razorpay": "admin",
  "DELETE /api/admin/payments/razorpay/previous-secret": "admin",
  "GET /api/admin/flags": "admin",
  "PATCH /api/admin/flags/[key]": "admin",
  "GET /api/admin/ndr-rules": "admin",
  "POST /api/admin/ndr-rules": "admin",
  "PUT /api/admin/ndr-rules/[id]": "admin",
  "DELETE /api/admin/ndr-rules/[id]": "admin",
  "GET /api/admin/carrier-rules": "admin",
  "PUT /api/admin/carrier-rules": "admin",
  "GET /api/admin/store-profile": "admin",
  "PUT /api/admin/store-profile": "admin",
  "PUT /api/admin/store-logo": "admin",
  "DELETE /api/admin/store-logo": "admin",
  "GET /api/admin/dispatch-settings": "admin",
  "PUT /api/admin/dispatch-settings": "admin",
} as const satisfies Record<string, Permission | MachineAccess>;

export type RouteKey = keyof typeof ROUTE_POLICY;

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** May this role do that? */
export function allows(permission: Permission, role: Role): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
