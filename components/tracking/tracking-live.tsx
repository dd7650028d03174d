"use client";

import useSWR from "swr";
import type { PublicTracking } from "@/lib/tracking/get-public-tracking";
import { TrackingDetails } from "./tracking-details";

/** How often an open page asks again: a courier's webhook shows within this many milliseconds. */
export const TRACKING_REFRESH_MS = 5_000;

async function fetchTracking(url: string): Promise<PublicTracking> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Tracking answered ${res.status}`);
  return res.json() as Promise<PublicTracking>;
}

/**
 * The server rendered the parcel already (usable before this script loads); from here the page
 * asks every few seconds while it is visible. The answer carries an ETag, so an unchanged parcel
 * costs a 304. A failed ask keeps what is shown and tries again at the next tick.
 */
export function TrackingLive({ initial }: { initial: PublicTracking }) {
  const { data } = useSWR(`/api/track/${encodeURIComponent(initial.awb)}`, fetchTracking, {
    fallbackData: initial,
    refreshInterval: TRACKING_REFRESH_MS,
    revalidateOnMount: false,
    shouldRetryOnError: false,
  });
  return <TrackingDetails data={data} />;
}
