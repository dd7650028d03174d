import { apiFetch, postJson } from "@/components/orders/api-client";
import type { PackDecision } from "@/lib/generated/prisma/enums";
import type { PackOrder } from "@/lib/warehouse/get-pack-order";
import type { ReadyToPackOrder } from "@/lib/warehouse/list-ready-to-pack";
import type { MarkPackedResult } from "@/lib/warehouse/mark-packed";
import type { RecordPackDecisionResult } from "@/lib/warehouse/record-pack-decision";
import type { VerifyPackItemResult } from "@/lib/warehouse/verify-pack-item";
import type { Page } from "@/lib/http/pagination";
import type { OrderShipment } from "@/lib/shipping/get-order-shipment";
import type { ShipOrderResult } from "@/lib/shipping/ship-order";

// The packing station's calls to Packline's API, in one place.
export const packKeys = {
  queue: (held: boolean) => ["pack", "queue", held] as const,
  order: (id: string) => ["pack", "order", id] as const,
};

export function fetchQueue(held: boolean, cursor: string | undefined) {
  const params = new URLSearchParams({ limit: "30", held: String(held) });
  if (cursor) params.set("cursor", cursor);
  return apiFetch<Page<ReadyToPackOrder>>(`/api/orders/ready-to-pack?${params}`);
}

export const fetchPackOrder = (id: string) =>
  apiFetch<PackOrder>(`/api/orders/${encodeURIComponent(id)}/pack`);

export const verifyItem = (id: string, code: string) =>
  postJson<VerifyPackItemResult>(`/api/orders/${encodeURIComponent(id)}/verify-item`, { code });

export const decide = (id: string, decision: PackDecision, reason: string) =>
  postJson<RecordPackDecisionResult>(`/api/orders/${encodeURIComponent(id)}/pack-decision`, {
    decision,
    reason,
  });

export const markPacked = (id: string, expectedVersion: number) =>
  postJson<MarkPackedResult>(`/api/orders/${encodeURIComponent(id)}/mark-packed`, {
    expectedVersion,
  });

export const slipUrl = (id: string) => `/api/orders/${encodeURIComponent(id)}/packing-slip`;

export type { PackOrder, ReadyToPackOrder };

export const fetchOrderShipment = (id: string) =>
  apiFetch<OrderShipment>(`/api/orders/${encodeURIComponent(id)}/shipment`);

/** Books the order the packer just packed, with the carrier policy's courier. */
export const bookPackedOrder = (id: string) =>
  postJson<ShipOrderResult>(`/api/orders/${encodeURIComponent(id)}/ship`, {});

export type { OrderShipment };
