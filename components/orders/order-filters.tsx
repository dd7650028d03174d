"use client";

import { useState } from "react";
import { ORDER_STATUSES } from "@/lib/orders/order-status";
import { ConfirmationFilter } from "./confirmation-filter";
import { labelClass, selectClass } from "./filter-styles";
import { ORDER_STATUS_LABEL } from "./format";
import { RiskFilter } from "./risk-filter";
import { activeFilterCount, statusesOf, type FilterKey, type Filters } from "./order-filter-params";

export function OrderFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const [q, setQ] = useState(filters.q ?? "");
  const [open, setOpen] = useState(false);
  const statuses = statusesOf(filters);
  const set = (key: FilterKey, value: string | undefined) =>
    onChange({ ...filters, [key]: value || undefined });
  const toggleStatus = (status: (typeof ORDER_STATUSES)[number]) => {
    const next = statuses.includes(status)
      ? statuses.filter((s) => s !== status)
      : [...statuses, status];
    set("status", next.join(","));
  };
  const count = activeFilterCount(filters);
  return (
    <div className="mb-4 flex flex-col gap-3">
      <form
        role="search"
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          set("q", q.trim());
        }}
      >
        <label htmlFor="order-search" className="sr-only">
          Search orders
        </label>
        <input
          id="order-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Number, email, phone or AWB"
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-base focus:border-brand-600"
        />
        <button
          type="submit"
          className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Search
        </button>
      </form>
      <div className="rounded-xl border border-slate-200 bg-white">
        <div className="flex min-h-11 items-center justify-between px-3 text-sm font-semibold text-slate-700">
          <button
            type="button"
            aria-expanded={open}
            aria-controls="order-filter-panel"
            className="min-h-11 text-left md:pointer-events-none"
            onClick={() => setOpen(!open)}
          >
            Filters{count > 0 ? ` (${count})` : ""}
            <span aria-hidden className="ml-1 md:hidden">
              {open ? "▴" : "▾"}
            </span>
          </button>
          {count > 0 && (
            <button
              type="button"
              className="min-h-11 rounded px-2 text-brand-700 hover:bg-brand-50"
              onClick={() => onChange({ q: filters.q })}
            >
              Clear filters
            </button>
          )}
        </div>
        <div
          id="order-filter-panel"
          className={`${open ? "flex" : "hidden"} flex-col gap-3 border-t border-slate-100 p-3 md:flex`}
        >
          <fieldset>
            <legend className="mb-1 text-xs font-semibold text-slate-600">Status</legend>
            <div className="flex flex-wrap gap-1.5">
              {ORDER_STATUSES.map((status) => (
                <button
                  key={status}
                  type="button"
                  aria-pressed={statuses.includes(status)}
                  onClick={() => toggleStatus(status)}
                  className="min-h-9 rounded-full px-3 text-sm font-medium ring-1 ring-slate-300 aria-pressed:bg-brand-600 aria-pressed:text-white aria-pressed:ring-brand-600"
                >
                  {ORDER_STATUS_LABEL[status]}
                </button>
              ))}
            </div>
          </fieldset>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <label className={labelClass}>
              Placed from (IST)
              <input
                type="date"
                className={selectClass}
                value={filters.from ?? ""}
                onChange={(e) => set("from", e.target.value)}
              />
            </label>
            <label className={labelClass}>
              Placed to (IST)
              <input
                type="date"
                className={selectClass}
                value={filters.to ?? ""}
                onChange={(e) => set("to", e.target.value)}
              />
            </label>
            <label className={labelClass}>
              Courier
              <select
                className={selectClass}
                value={filters.courier ?? ""}
                onChange={(e) => set("courier", e.target.value)}
              >
                <option value="">Any courier</option>
                <option value="SHIPROCKET">Shiprocket</option>
                <option value="DELHIVERY">Delhivery</option>
                <option value="EKART">Ekart</option>
              </select>
            </label>
            <label className={labelClass}>
              Payment
              <select
                className={selectClass}
                value={filters.payment ?? ""}
                onChange={(e) => set("payment", e.target.value)}
              >
                <option value="">Any payment</option>
                <option value="PREPAID">Prepaid</option>
                <option value="COD">Cash on delivery</option>
              </select>
            </label>
            <RiskFilter
              value={filters.risk}
              onChange={(band) => set("risk", band)}
              className={selectClass}
              labelClassName={labelClass}
            />
            <ConfirmationFilter
              value={filters.confirmation}
              onChange={(v) => set("confirmation", v)}
            />
          </div>
          <fieldset className="flex flex-wrap gap-x-5 gap-y-2">
            <legend className="mb-1 text-xs font-semibold text-slate-600">Needs attention</legend>
            {(
              [
                ["shipmentFailed", "Shipment failed"],
                ["partial", "Partial (items short)"],
                ["ndrOpen", "NDR open"],
              ] as const
            ).map(([key, label]) => (
              <label key={key} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  className="size-5 accent-brand-600"
                  checked={filters[key] === "true"}
                  onChange={(e) => set(key, e.target.checked ? "true" : undefined)}
                />
                {label}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
    </div>
  );
}
