"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiError, postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { BuyerNdrView } from "@/lib/ndr/get-buyer-ndr";
import type { FixDeliveryInput } from "@/lib/validation/fix-delivery";

type Choice = "REATTEMPT" | "RTO";

/** The buyer's choice: deliver again on a day (with a corrected phone or address), or cancel. */
export function FixDeliveryForm({ token, view }: { token: string; view: BuyerNdrView }) {
  const router = useRouter();
  const [choice, setChoice] = useState<Choice>("REATTEMPT");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const body: FixDeliveryInput =
      choice === "RTO"
        ? { kind: "RTO", remarks: "Buyer asked to cancel the delivery" }
        : {
            kind: "REATTEMPT",
            date: text("date"),
            phone: text("phone"),
            addressLine1: text("addressLine1"),
            addressLine2: text("addressLine2"),
            landmark: text("landmark"),
            pincode: text("pincode"),
          };
    setBusy(true);
    setError(null);
    try {
      await postJson(`/api/fix-delivery/${token}`, body);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, "ERROR", "Something went wrong."));
    } finally {
      setBusy(false);
    }
  }

  const field = (name: string) => error?.fieldErrors[name]?.[0];
  return (
    <form onSubmit={submit} className="mt-6 flex flex-col gap-4" aria-label="Fix the delivery">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-lg font-bold text-slate-900">What should we do?</legend>
        {(
          [
            ["REATTEMPT", "Deliver again"],
            ["RTO", "Cancel the delivery and send it back"],
          ] as const
        ).map(([value, label]) => (
          <label
            key={value}
            className="flex min-h-12 items-center gap-3 rounded-lg border border-slate-300 px-3"
          >
            <input
              type="radio"
              name="choice"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {choice === "REATTEMPT" && (
        <>
          <TextField
            label="Delivery day"
            name="date"
            type="date"
            required
            min={view.dateWindow.first}
            max={view.dateWindow.last}
            defaultValue={view.dateWindow.first}
            error={field("date")}
          />
          <TextField
            label="New phone (optional)"
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            hint={`The courier called the number ending ${view.phoneEnding}.`}
            error={field("phone")}
          />
          <p className="text-sm text-slate-600">
            Only if the address was wrong: type the corrected address. Leave it empty to keep it.
          </p>
          <TextField
            label="House and street"
            name="addressLine1"
            autoComplete="address-line1"
            error={field("addressLine1")}
          />
          <TextField
            label="Area"
            name="addressLine2"
            autoComplete="address-line2"
            error={field("addressLine2")}
          />
          <TextField label="Landmark" name="landmark" error={field("landmark")} />
          <TextField
            label="Pincode"
            name="pincode"
            inputMode="numeric"
            autoComplete="postal-code"
            hint={`Now ${view.pincode}; change it only if you have moved.`}
            error={field("pincode")}
          />
        </>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800">
          {error.message}
        </p>
      )}
      <Button
        type="submit"
        size="lg"
        variant={choice === "RTO" ? "danger" : "primary"}
        disabled={busy}
      >
        {choice === "RTO" ? "Cancel the delivery" : "Deliver on this day"}
      </Button>
    </form>
  );
}
