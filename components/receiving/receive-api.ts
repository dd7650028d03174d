import { apiFetch, postJson } from "@/components/orders/api-client";
import type { ReturningParcel } from "@/lib/receiving/find-returning-parcel";
import type { ReceiptResult } from "@/lib/receiving/receive-parcel";
import type { ReceiptInput } from "@/lib/validation/receiving";

// The receive station's calls to Packline's API.
export const findParcel = (code: string) =>
  apiFetch<ReturningParcel>(`/api/receiving/parcels?code=${encodeURIComponent(code)}`);

export const completeReceipt = (input: ReceiptInput) =>
  postJson<ReceiptResult>("/api/receiving/receipts", input);

export type { ReturningParcel, ReceiptResult };
