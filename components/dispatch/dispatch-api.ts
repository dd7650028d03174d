import { ApiError, apiFetch, postJson } from "@/components/orders/api-client";
import type { ClosedHandover } from "@/lib/dispatch/close-handover";
import type { DispatchBoard, DockGroup } from "@/lib/dispatch/list-dispatch-board";
import type { OpenedHandover } from "@/lib/dispatch/open-handover";
import type { ScanResult } from "@/lib/dispatch/scan-parcel";

// The dock screen's calls to Packline's API, in one place.
export const boardKey = ["dispatch", "board"] as const;

export const fetchBoard = () => apiFetch<DispatchBoard>("/api/dispatch");

const handoverPath = (id: string) => `/api/dispatch/handovers/${encodeURIComponent(id)}`;

/** Scans into the group's open handover, opening it on the first scan. */
export async function scanInto(group: DockGroup, awb: string): Promise<ScanResult> {
  const handoverId =
    group.open?.id ??
    (
      await postJson<OpenedHandover>("/api/dispatch/handovers", {
        courierAccountId: group.courierAccountId,
        locationKey: group.locationKey,
      })
    ).id;
  return postJson<ScanResult>(`${handoverPath(handoverId)}/scans`, { awb });
}

export interface PickupChoice {
  date: string;
  slot: string;
}

export const closeHandover = (id: string, pickup: PickupChoice) =>
  postJson<ClosedHandover>(`${handoverPath(id)}/close`, pickup);

export const askPickupAgain = (id: string, pickup: PickupChoice) =>
  postJson<{ id: string }>(`${handoverPath(id)}/pickup`, pickup);

/** The sentence to show: a refused field's own reason rather than "invalid fields". */
export function problemSentence(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong. Try again.";
  return Object.values(error.fieldErrors).flat()[0] ?? error.message;
}

export const manifestHref = (id: string, kind: "packline" | "courier") =>
  `${handoverPath(id)}/manifest?kind=${kind}`;

export type { DispatchBoard, DockGroup };
