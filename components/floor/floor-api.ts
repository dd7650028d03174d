import { ApiError, apiFetch, postJson } from "@/components/orders/api-client";
import type { PickResult } from "@/lib/warehouse/allocate-pick";
import type { PickList } from "@/lib/warehouse/list-pick-list";
import type { PickListStats } from "@/lib/warehouse/get-pick-list-stats";
import type { NotInStockResult } from "@/lib/warehouse/mark-not-in-stock";
import type { UndoNotInStockResult } from "@/lib/warehouse/undo-not-in-stock";
import type { UndoResult } from "@/lib/warehouse/undo-pick";
import type { QueuedAction } from "./pick-queue";

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
  return apiFetch<OfflinePickList>(`/api/picklist?${params}`);
}

/** The pick list as the server sent it, or the copy the service worker kept (with its date). */
export type OfflinePickList = PickList & { offlineSavedAt?: string };

export const fetchStats = () => apiFetch<PickListStats>("/api/picklist/stats");

export type ActionResult =
  { kind: "pick"; result: PickResult } | { kind: "short"; result: NotInStockResult };

/** Sends one floor action with its device id, so a replay of it counts once. */
export async function sendAction(action: QueuedAction): Promise<ActionResult> {
  const body = { sku: action.code, qty: action.qty, clientEventId: action.clientEventId };
  return action.kind === "pick"
    ? { kind: "pick", result: await postJson<PickResult>("/api/pick", body) }
    : { kind: "short", result: await postJson<NotInStockResult>("/api/not-in-stock", body) };
}

export const sendUndo = (action: QueuedAction) =>
  action.kind === "pick"
    ? postJson<UndoResult>("/api/pick/undo", { clientEventId: action.clientEventId })
    : postJson<UndoNotInStockResult>("/api/not-in-stock/undo", {
        clientEventId: action.clientEventId,
      });

/** No answer at all, or the server is briefly down: worth retrying later, not the picker's fault. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError ? error.status === 0 || error.status >= 500 : true;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}

export type { NotInStockResult, PickResult, PickList, PickListStats };
