"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { OrderChanges } from "@/lib/orders/list-order-changes";
import { apiFetch } from "./api-client";

const POLL_MS = 1_500;

/**
 * Polls the changes feed every 1.5 s (so a change anywhere shows within 2 s) and hands each batch
 * to `onChanges`. The cursor lives in a ref: each poll asks only for what changed since the last.
 */
export function useOrderChanges(onChanges: (changes: OrderChanges) => void) {
  const since = useRef(new Date().toISOString());
  const handler = useRef(onChanges);
  useEffect(() => {
    handler.current = onChanges;
  });
  const { data } = useQuery({
    queryKey: ["orders", "changes"],
    queryFn: async () => {
      const changes = await apiFetch<OrderChanges>(
        `/api/orders/changes?since=${encodeURIComponent(since.current)}`,
      );
      since.current = changes.cursor;
      return changes;
    },
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  useEffect(() => {
    if (data) handler.current(data);
  }, [data]);
}
