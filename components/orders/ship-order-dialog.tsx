"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import type { CarrierOptions } from "@/lib/shipping/get-carrier-options";
import type { ShipOrderBody } from "@/lib/validation/shipping";
import { apiFetch } from "./api-client";
import { formatPaise } from "./format";
import { ShipFromPicker } from "./ship-from-picker";

const optionKey = (o: { accountId: string; serviceCode: string | null }) =>
  `${o.accountId}|${o.serviceCode ?? ""}`;

/**
 * Shows the couriers quoting for this parcel with the carrier policy's pick and its reason;
 * ops confirm the pick or choose another (a manual override, recorded as such).
 */
export function ShipOrderDialog({
  open,
  orderId,
  orderNumber,
  retry,
  pending,
  onConfirm,
  onClose,
}: {
  open: boolean;
  orderId: string;
  orderNumber: string;
  retry: boolean;
  pending: boolean;
  onConfirm: (body: ShipOrderBody) => void;
  onClose: () => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const options = useQuery({
    queryKey: ["orders", "carrier-options", orderId],
    queryFn: () => apiFetch<CarrierOptions>(`/api/orders/${orderId}/carrier-options`),
    enabled: open,
    staleTime: 60_000,
  });
  const list = options.data?.options ?? [];
  const recommended = list.find((o) => o.recommended);
  const selected = picked ?? (recommended ? optionKey(recommended) : null);
  const override = list.find((o) => optionKey(o) === selected && !o.recommended);
  const submit = () =>
    onConfirm(
      override
        ? { courierAccountId: override.accountId, serviceCode: override.serviceCode ?? undefined }
        : {},
    );
  return (
    <FormDialog
      open={open}
      title={
        <>
          {retry ? "Retry shipment" : "Generate shipment"} for{" "}
          <span className="whitespace-nowrap">{orderNumber}</span>
        </>
      }
      onSubmit={submit}
      onClose={onClose}
    >
      {options.isPending ? (
        <p className="text-sm text-slate-600" aria-busy="true">
          Getting courier quotes…
        </p>
      ) : options.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Could not load courier quotes: {options.error.message} You can still book with the carrier
          policy&apos;s choice.
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            {options.data.dropPincode} · {(options.data.weightGrams / 1000).toFixed(2)} kg
            {options.data.cod ? " · cash on delivery" : " · prepaid"}
          </p>
          <ShipFromPicker orderId={orderId} options={options.data} />
          <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-800">
            <span className="font-semibold">Carrier policy:</span> {options.data.reason}
          </p>
          {list.length > 0 && (
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-semibold text-slate-700">Courier</legend>
              {list.map((o) => (
                <label
                  key={optionKey(o)}
                  className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="carrier"
                    className="size-5 accent-brand-600"
                    checked={selected === optionKey(o)}
                    onChange={() => setPicked(optionKey(o))}
                  />
                  <span className="min-w-0 flex-1 text-sm">
                    <span className="font-semibold">{o.accountName}</span>
                    {o.serviceName ? ` · ${o.serviceName}` : ""}
                    {o.recommended && (
                      <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-800">
                        Recommended
                      </span>
                    )}
                    <span className="block text-slate-600">
                      {o.promisedDays === null
                        ? "No delivery estimate"
                        : `${o.promisedDays} day${o.promisedDays === 1 ? "" : "s"}`}
                    </span>
                  </span>
                  <span className="text-sm font-semibold tabular-nums">
                    {formatPaise(o.chargePaise)}
                  </span>
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      {pending && (
        <p role="status" className="text-sm text-slate-700">
          Booking with the courier…
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onClose} disabled={pending}>
          Close
        </Button>
        <Button type="submit" disabled={pending || options.isPending}>
          {pending ? "Booking…" : override ? "Book with chosen courier" : "Book shipment"}
        </Button>
      </div>
    </FormDialog>
  );
}
