"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import type { PutBackTaskView } from "@/lib/warehouse/put-back/list-put-back-tasks";

const KEY = ["put-back-tasks", "OPEN"];

/**
 * Units of cancelled orders that are off their shelf: the picker takes them back to the bin and
 * taps "Put back". Shown above the pick list only while there is something to put back.
 */
export function PutBackList() {
  const queryClient = useQueryClient();
  const tasks = useQuery({
    queryKey: KEY,
    queryFn: () => apiFetch<PutBackTaskView[]>("/api/put-back-tasks?status=OPEN"),
    refetchInterval: 60_000,
  });
  const done = useMutation({
    mutationFn: (id: string) => postJson(`/api/put-back-tasks/${encodeURIComponent(id)}/done`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const open = tasks.data ?? [];
  if (open.length === 0) return null;
  return (
    <section
      aria-label="Put back"
      className="mb-4 rounded-xl bg-amber-50 p-4 ring-2 ring-amber-500"
    >
      <h2 className="text-lg font-bold text-amber-950">
        Put back: {open.length} {open.length === 1 ? "line" : "lines"} from cancelled orders
      </h2>
      {done.error && (
        <p role="alert" className="mt-1 text-red-800">
          {done.error.message}
        </p>
      )}
      <ul className="mt-2 divide-y divide-amber-200">
        {open.map((t) => (
          <li
            key={t.id}
            className="flex flex-wrap items-center gap-3 py-2 text-base text-amber-950"
          >
            <span className="min-w-0 flex-1">
              <strong>
                {t.quantity} × {t.title}
              </strong>{" "}
              ({t.sku}) to bin <strong>{t.binLocation ?? "its usual bin"}</strong> · order{" "}
              {t.orderNumber}
            </span>
            <Button
              size="lg"
              onClick={() => done.mutate(t.id)}
              disabled={done.isPending && done.variables === t.id}
            >
              Put back
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
