"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import type { WeightDisputeStatus } from "@/lib/generated/prisma/enums";

type Step =
  { kind: "open" } | { kind: "event"; status: "SUBMITTED" | "ACCEPTED" | "REJECTED" | null };

const TITLE = {
  open: "Open a weight dispute",
  SUBMITTED: "Mark as submitted to the courier",
  ACCEPTED: "The courier accepted the dispute",
  REJECTED: "The courier rejected the dispute",
  note: "Add a note",
} as const;

/**
 * What ops can do with one flagged charge: open its dispute, then record that it was submitted
 * and the courier's answer, with a note each time. The page reloads after each answer.
 */
export function DisputeActions({
  checkId,
  awb,
  canOpen,
  dispute,
}: {
  checkId: string;
  awb: string;
  canOpen: boolean;
  dispute: { id: string; status: WeightDisputeStatus } | null;
}) {
  const router = useRouter();
  const [step, setStep] = useState<Step | null>(null);
  const [note, setNote] = useState("");
  const send = useMutation({
    mutationFn: (s: Step) =>
      s.kind === "open"
        ? postJson(`/api/freight/checks/${encodeURIComponent(checkId)}/dispute`, { note })
        : postJson(`/api/freight/disputes/${encodeURIComponent(dispute!.id)}/events`, {
            status: s.status,
            note,
          }),
    onSuccess: () => {
      setStep(null);
      router.refresh();
    },
  });
  const start = (s: Step) => {
    send.reset();
    setNote("");
    setStep(s);
  };
  const title = step ? (step.kind === "open" ? TITLE.open : TITLE[step.status ?? "note"]) : "";
  const status = dispute?.status;
  return (
    <div className="flex flex-wrap gap-2">
      {canOpen && <Button onClick={() => start({ kind: "open" })}>Open dispute</Button>}
      {status === "OPEN" && (
        <Button onClick={() => start({ kind: "event", status: "SUBMITTED" })}>
          Mark submitted
        </Button>
      )}
      {status === "SUBMITTED" && (
        <>
          <Button onClick={() => start({ kind: "event", status: "ACCEPTED" })}>
            Courier accepted
          </Button>
          <Button variant="secondary" onClick={() => start({ kind: "event", status: "REJECTED" })}>
            Courier rejected
          </Button>
        </>
      )}
      {dispute && (
        <Button variant="ghost" onClick={() => start({ kind: "event", status: null })}>
          Add note
        </Button>
      )}
      <FormDialog
        open={step !== null}
        title={`${title} · AWB ${awb}`}
        width="md"
        onSubmit={() => step && send.mutate(step)}
        onClose={() => setStep(null)}
      >
        <label className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
          Note {step?.kind === "event" && step.status === null ? "" : "(optional)"}
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            maxLength={1000}
            className="rounded-lg border border-slate-300 p-3 text-base font-normal text-slate-900"
            placeholder="Ticket number, what the courier said, photos sent…"
          />
        </label>
        {send.error && (
          <p role="alert" className="text-sm text-red-700">
            {send.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setStep(null)}>
            Cancel
          </Button>
          <Button type="submit" disabled={send.isPending}>
            {send.isPending ? "Saving…" : step?.kind === "open" ? "Open dispute" : "Save"}
          </Button>
        </div>
      </FormDialog>
    </div>
  );
}
