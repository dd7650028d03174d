"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/orders/api-client";
import type { ReprocessResult } from "@/lib/webhooks/reprocess-webhook-event";

/** Admin: apply a failed delivery again; the page then shows what it became. */
export function ReprocessWebhook({ id }: { id: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function reprocess() {
    setPending(true);
    try {
      const result = await apiFetch<ReprocessResult>(
        `/api/webhook-events/${encodeURIComponent(id)}/reprocess`,
        { method: "POST", body: "{}" },
      );
      setMessage({
        ok: result.status !== "FAILED",
        text: `Re-processed: ${result.status.toLowerCase()}.`,
      });
      router.refresh();
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="flex flex-col items-start gap-2">
      <Button onClick={reprocess} disabled={pending}>
        {pending ? "Re-processing…" : "Re-process"}
      </Button>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "text-emerald-800" : "text-red-700"}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
