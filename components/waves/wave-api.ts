import { apiFetch, postJson } from "@/components/orders/api-client";
import type { CreatedCart } from "@/lib/waves/create-cart";
import type { BoundTote } from "@/lib/waves/bind-tote";
import type { WaveView } from "@/lib/waves/get-wave";
import type { CartSummary } from "@/lib/waves/list-waves";
import type { ToteDrop } from "@/lib/waves/pick-to-tote";
import type { ReleasedWave } from "@/lib/waves/release-wave";
import type { NotInStockResult } from "@/lib/warehouse/mark-not-in-stock";

// The cluster-picking screens' calls to Packline's API, in one place.
export const fetchCarts = () => apiFetch<CartSummary[]>("/api/carts");
export const sendCart = (name: string, toteCount: number) =>
  postJson<CreatedCart>("/api/carts", { name, toteCount });
export const sendRelease = (cartId: string) => postJson<ReleasedWave>("/api/waves", { cartId });
export const sendCancel = (id: string) =>
  postJson<{ orderNumbers: string[] }>(`/api/waves/${encodeURIComponent(id)}/cancel`, {});
export const fetchWave = (id: string) => apiFetch<WaveView>(`/api/waves/${encodeURIComponent(id)}`);
export const sendBind = (id: string, toteCode: string) =>
  postJson<BoundTote>(`/api/waves/${encodeURIComponent(id)}/totes`, { toteCode });
export const sendDrop = (id: string, drop: { sku: string; toteCode: string; qty: number }) =>
  postJson<ToteDrop>(`/api/waves/${encodeURIComponent(id)}/picks`, {
    ...drop,
    clientEventId: crypto.randomUUID(),
  });
export const sendWaveShort = (id: string, sku: string, qty: number) =>
  postJson<NotInStockResult>(`/api/waves/${encodeURIComponent(id)}/not-in-stock`, { sku, qty });

export type { CartSummary, WaveView };
