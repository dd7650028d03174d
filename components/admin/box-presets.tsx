"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { BoxPresetView } from "@/lib/warehouse/list-box-presets";
import { ApiError, api } from "./api";

const KEY = ["admin-box-presets"];
const FIELDS = [
  { name: "lengthCm", label: "Length (cm)" },
  { name: "breadthCm", label: "Breadth (cm)" },
  { name: "heightCm", label: "Height (cm)" },
  { name: "boxWeightGrams", label: "Empty box (g)" },
] as const;
type Draft = Record<"name" | (typeof FIELDS)[number]["name"], string>;
const empty: Draft = { name: "", lengthCm: "", breadthCm: "", heightCm: "", boxWeightGrams: "" };

const sentence = (error: unknown) =>
  error instanceof ApiError
    ? (Object.values(error.fieldErrors).flat()[0] ?? error.message)
    : "Something went wrong. Try again.";

/** Admin › Box sizes: the cartons the pack station offers (inner size and empty weight). */
export function BoxPresets() {
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(empty);
  const presets = useQuery({
    queryKey: KEY,
    queryFn: () => api<{ items: BoxPresetView[] }>("/api/admin/box-presets"),
  });
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  const add = useMutation({
    mutationFn: () =>
      api("/api/admin/box-presets", {
        method: "POST",
        body: {
          name: draft.name,
          ...Object.fromEntries(FIELDS.map((f) => [f.name, Number(draft[f.name] || NaN)])),
        },
      }),
    onSuccess: () => (setDraft(empty), refresh()),
  });
  const toggle = useMutation({
    mutationFn: ({ id, ...box }: BoxPresetView) =>
      api(`/api/admin/box-presets/${id}`, { method: "PUT", body: { ...box, active: !box.active } }),
    onSettled: refresh,
  });
  return (
    <div className="space-y-4">
      <form
        aria-label="Add a box size"
        className="grid gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-6"
        onSubmit={(event) => (event.preventDefault(), add.mutate())}
      >
        {[{ name: "name", label: "Name" } as const, ...FIELDS].map((f) => (
          <label key={f.name} className="text-sm font-semibold text-slate-700">
            {f.label}
            <input
              value={draft[f.name]}
              onChange={(e) => setDraft({ ...draft, [f.name]: e.target.value })}
              inputMode={f.name === "name" ? "text" : "numeric"}
              className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-3"
            />
          </label>
        ))}
        <button
          type="submit"
          disabled={add.isPending}
          className="min-h-11 self-end rounded-lg bg-brand-600 px-4 font-semibold text-white"
        >
          Add box
        </button>
        {add.isError && (
          <p role="alert" className="text-sm font-semibold text-red-700 sm:col-span-6">
            {sentence(add.error)}
          </p>
        )}
      </form>
      {presets.isError && <p role="alert">{sentence(presets.error)}</p>}
      <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
        {presets.data?.items.map((box) => (
          <li key={box.id} className="flex items-center justify-between gap-4 px-4 py-3">
            <p>
              <span className="font-semibold">{box.name}</span>{" "}
              <span className="text-slate-600">
                {box.lengthCm}×{box.breadthCm}×{box.heightCm} cm · empty {box.boxWeightGrams} g
              </span>
            </p>
            <button
              role="switch"
              aria-checked={box.active}
              aria-label={`Offer ${box.name} at the pack station`}
              disabled={toggle.isPending}
              onClick={() => toggle.mutate(box)}
              className="min-h-11 rounded-lg px-3 text-sm font-semibold ring-1 ring-slate-300 aria-checked:bg-emerald-50 aria-checked:text-emerald-800"
            >
              {box.active ? "Offered" : "Retired"}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
