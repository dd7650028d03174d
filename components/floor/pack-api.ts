import { ApiError, apiFetch, postJson } from "@/components/orders/api-client";
import type { PackDecision } from "@/lib/generated/prisma/enums";
import type { PackOrder } from "@/lib/warehouse/get-pack-order";
import type { ReadyToPackOrder } from "@/lib/warehouse/list-ready-to-pack";
import type { MarkPackedResult } from "@/lib/warehouse/mark-packed";
import type { RecordPackDecisionResult } from "@/lib/warehouse/record-pack-decision";
import type { VerifyPackItemResult } from "@/lib/warehouse/verify-pack-item";
import type { BoxPresetView } from "@/lib/warehouse/list-box-presets";
import type { PackedParcel } from "@/lib/warehouse/record-packed-parcel";
import type { PackScanTarget } from "@/lib/warehouse/resolve-pack-scan";
import type { Page } from "@/lib/http/pagination";
import type { OrderShipment } from "@/lib/shipping/get-order-shipment";
import type { ShipOrderResult } from "@/lib/shipping/ship-order";

// The packing station's calls to Packline's API, in one place.
export const packKeys = {
  queue: (held: boolean) => ["pack", "queue", held] as const,
  order: (id: string) => ["pack", "order", id] as const,
  boxes: ["pack", "boxes"] as const,
};

/**
 * The sentence to show for a failed call: the server's own, or for a refused field its first
 * reason ("Say why, in a few words"), never the bare "The request body has invalid fields".
 */
export function errorSentence(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong. Try again.";
  const field = Object.values(error.fieldErrors).flat()[0];
  if (error.code !== "VALIDATION" || !field) return error.message;
  return /[.!?]$/.test(field) ? field : `${field}.`;
}

/** The order a scanned slip barcode or typed order number opens (resolve-pack-scan.ts). */
export const resolveScan = (code: string) =>
  apiFetch<PackScanTarget>(`/api/pack/scan?${new URLSearchParams({ code })}`);

export const fetchBoxPresets = () => apiFetch<{ items: BoxPresetView[] }>("/api/box-presets");

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

export const markPacked = (id: string, expectedVersion: number, parcel: PackedParcel) =>
  postJson<MarkPackedResult>(`/api/orders/${encodeURIComponent(id)}/mark-packed`, {
    expectedVersion,
    ...parcel,
  });

export const slipUrl = (id: string) => `/api/orders/${encodeURIComponent(id)}/packing-slip`;

export type { BoxPresetView, PackOrder, ReadyToPackOrder };

export const fetchOrderShipment = (id: string) =>
  apiFetch<OrderShipment>(`/api/orders/${encodeURIComponent(id)}/shipment`);

/** Books the order the packer just packed, with the carrier policy's courier. */
export const bookPackedOrder = (id: string) =>
  postJson<ShipOrderResult>(`/api/orders/${encodeURIComponent(id)}/ship`, {});

export type { OrderShipment };
