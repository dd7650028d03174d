"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ApiError, postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import type { LabelBatchView } from "@/lib/dispatch/labels/label-batch-view";
import {
  LABEL_LAYOUT_NAME,
  LABEL_SEQUENCE_NAME,
  labelLayouts,
  labelSequences,
} from "@/lib/validation/label-batch";
import { LabelBatchProgress } from "./label-batch-progress";

type Layout = (typeof labelLayouts)[number];
type Sequence = (typeof labelSequences)[number];

/**
 * "Print labels": one PDF of the labels of the given orders (order list, pack queue) or
 * shipments (the dock, in scan order), in the chosen layout and order. The worker makes it; this
 * shows its progress and the download link. Give exactly one of `orderIds` / `shipmentIds`.
 */
export function PrintLabels({
  orderIds,
  shipmentIds,
  size = "md",
}: {
  orderIds?: string[];
  shipmentIds?: string[];
  size?: "md" | "lg";
}) {
  const count = (orderIds ?? shipmentIds ?? []).length;
  const [open, setOpen] = useState(false);
  const [layout, setLayout] = useState<Layout>("THERMAL_4X6");
  const [sequence, setSequence] = useState<Sequence>("SCAN");
  const [batchId, setBatchId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () =>
      postJson<LabelBatchView>("/api/label-batches", {
        ...(orderIds ? { orderIds } : { shipmentIds }),
        layout,
        sequence,
      }),
    onSuccess: (batch) => setBatchId(batch.id),
  });
  if (!open)
    return (
      <Button size={size} variant="secondary" onClick={() => setOpen(true)} disabled={!count}>
        Print labels ({count})
      </Button>
    );
  return (
    <div
      className="flex w-full flex-col gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200"
      role="group"
      aria-label="Print labels"
    >
      <div className="flex flex-wrap gap-4">
        <Choice
          legend="Layout"
          options={labelLayouts}
          names={LABEL_LAYOUT_NAME}
          value={layout}
          onChange={setLayout}
        />
        <Choice
          legend="Order"
          options={labelSequences}
          names={LABEL_SEQUENCE_NAME}
          value={sequence}
          onChange={setSequence}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size={size} onClick={() => start.mutate()} disabled={start.isPending}>
          {start.isPending ? "Starting…" : `Make label PDF (${count})`}
        </Button>
        <Button size={size} variant="ghost" onClick={() => (setOpen(false), setBatchId(null))}>
          Close
        </Button>
      </div>
      {start.isError && (
        <p role="alert" className="text-sm text-red-800">
          {start.error instanceof ApiError
            ? (Object.values(start.error.fieldErrors).flat()[0] ?? start.error.message)
            : "Could not start printing. Try again."}
        </p>
      )}
      {batchId && <LabelBatchProgress key={batchId} batchId={batchId} />}
    </div>
  );
}

function Choice<T extends string>(props: {
  legend: string;
  options: readonly T[];
  names: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-1 text-sm">
      <legend className="font-semibold text-slate-800">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} className="flex min-h-11 items-center gap-2">
          <input
            type="radio"
            name={name}
            value={option}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
            className="size-5 accent-brand-600"
          />
          {props.names[option]}
        </label>
      ))}
    </fieldset>
  );
}
