"use client";

import { useQuery } from "@tanstack/react-query";
import type {
  BulkBookingSummary,
  BulkBookingView,
} from "@/lib/shipping/bulk-booking/bulk-booking-view";
import { apiFetch } from "./api-client";

const POLL_MS = 2_000;

/** A bulk booking's progress, read every 2 s until no order waits (the worker does the booking). */
export function useBulkBooking(runId: string) {
  return useQuery({
    queryKey: ["bulk-bookings", runId],
    queryFn: () => apiFetch<BulkBookingView>(`/api/bulk-bookings/${runId}`),
    refetchInterval: (query) => (query.state.data?.finished ? false : POLL_MS),
  });
}

/** The last day's bulk bookings, read again every 2 s while one of them is still booking. */
export function useRecentBulkBookings() {
  return useQuery({
    queryKey: ["bulk-bookings", "recent"],
    queryFn: () => apiFetch<BulkBookingSummary[]>("/api/bulk-bookings"),
    refetchInterval: (query) => (query.state.data?.some((r) => !r.finished) ? POLL_MS : false),
  });
}
