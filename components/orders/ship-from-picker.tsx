"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CarrierOptions } from "@/lib/shipping/get-carrier-options";
import { apiFetch } from "./api-client";

/**
 * "Ships from" in the booking dialog: the location the rules chose, and ops' override before
 * booking. Choosing saves it on the order and answers with the couriers quoted from there.
 */
export function ShipFromPicker({ orderId, options }: { orderId: string; options: CarrierOptions }) {
  const client = useQueryClient();
  const choose = useMutation({
    mutationFn: (pickupLocationId: string | null) =>
      apiFetch<CarrierOptions>(`/api/orders/${orderId}/pickup-location`, {
        method: "PUT",
        body: JSON.stringify({ pickupLocationId }),
      }),
    onSuccess: (data) => client.setQueryData(["orders", "carrier-options", orderId], data),
  });
  return (
    <div className="flex flex-col gap-1.5">
      <label className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
        Ships from
        <select
          name="pickupLocationId"
          value={options.pickupLocationChoice ?? ""}
          disabled={choose.isPending}
          onChange={(e) => choose.mutate(e.target.value || null)}
          className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base font-normal"
        >
          <option value="">As the rules choose ({options.pickupLocation.name})</option>
          {options.pickupLocations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} · {l.pincode}
            </option>
          ))}
        </select>
      </label>
      <p className="text-sm text-slate-600">{options.pickupLocation.reason}.</p>
      {choose.error && (
        <p role="alert" className="text-sm text-red-700">
          {choose.error.message}
        </p>
      )}
    </div>
  );
}
