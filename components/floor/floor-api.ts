import { ApiError, apiFetch, postJson } from "@/components/orders/api-client";
import type { PickResult } from "@/lib/warehouse/allocate-pick";
import type { PickList } from "@/lib/warehouse/list-pick-list";
import type { PickListStats } from "@/lib/warehouse/get-pick-list-stats";
import type { NotInStockResult } from "@/lib/warehouse/mark-not-in-stock";
import type { UndoResult } from "@/lib/warehouse/undo-pick";

// The floor's calls to Packline's API, in one place.
export interface PickListFilter {
  category: string | null;
  q: string;
}

export function fetchPickList(filter: PickListFilter, cursor: string | undefined) {
  const params = new URLSearchParams({ limit: "60" });
  if (filter.category) params.set("category", filter.category);
  if (filter.q) params.set("q", filter.q);
  if (cursor) params.set("cursor", cursor);
  return apiFetch<PickList>(`/api/picklist?${params}`);
}

export const fetchStats = () => apiFetch<PickListStats>("/api/picklist/stats");

export const sendPick = (pick: { code: string; qty: number; clientEventId: string }) =>
  postJson<PickResult>("/api/pick", {
    sku: pick.code,
    qty: pick.qty,
    clientEventId: pick.clientEventId,
  });

export const sendUndo = (clientEventId: string) =>
  postJson<UndoResult>("/api/pick/undo", { clientEventId });

export const sendNotInStock = (code: string, qty: number | undefined) =>
  postJson<NotInStockResult>("/api/not-in-stock", { sku: code, qty });

/** No answer at all, or the server is briefly down: worth retrying later, not the picker's fault. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError ? error.status === 0 || error.status >= 500 : true;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}

export type { PickResult, PickList, PickListStats };
