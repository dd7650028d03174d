"use client";

import { useState } from "react";
import { ApiError, postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import type { BuyerConfirmationView } from "@/lib/cod-confirmation/buyer-confirmation";

const rupees = (paise: number) =>
  `₹${(paise / 100).toLocaleString("en-IN", { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;

/**
 * The order, the cash to keep ready, and two large buttons. The cancel link only puts Cancel
 * first; nothing is answered until the buyer taps. Once answered, the page shows the answer.
 */
export function BuyerAnswer({
  token,
  view: initial,
  leaning,
}: {
  token: string;
  view: BuyerConfirmationView;
  leaning: "CONFIRM" | "CANCEL";
}) {
  const [view, setView] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function answer(choice: "CONFIRM" | "CANCEL") {
    setBusy(true);
    setError(null);
    try {
      setView(
        await postJson<BuyerConfirmationView>(`/api/cod-confirmations/${token}`, {
          answer: choice,
        }),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Something went wrong. Please try again.");
    } finally {
      setBusy(false);
    }
  }

  const confirm = (
    <Button
      key="confirm"
      size="xl"
      className="w-full"
      disabled={busy}
      onClick={() => void answer("CONFIRM")}
    >
      Confirm order
    </Button>
  );
  const cancel = (
    <Button
      key="cancel"
      size="xl"
      variant={leaning === "CANCEL" ? "danger" : "secondary"}
      className="w-full"
      disabled={busy}
      onClick={() => void answer("CANCEL")}
    >
      Cancel order
    </Button>
  );
  return (
    <>
      <h1 className="mt-4 text-2xl font-bold text-slate-900">
        {view.firstName ? `${view.firstName}, please` : "Please"} confirm your order
      </h1>
      <p className="mt-2 text-slate-700">
        Order {view.orderNumber} to {view.city} ({view.pincode}), cash on delivery.
      </p>
      <ul className="mt-3 rounded-lg bg-slate-50 p-3 text-sm text-slate-700" aria-label="Items">
        {view.items.map((item) => (
          <li key={item.title}>
            {item.qty} × {item.title}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-base font-semibold text-slate-900">
        Pay {rupees(view.codAmountPaise)} in cash at delivery.
      </p>
      {view.canAnswer ? (
        <div className="mt-6 flex flex-col gap-3">
          {leaning === "CANCEL" ? [cancel, confirm] : [confirm, cancel]}
          {error && (
            <p role="alert" className="text-red-800">
              {error}
            </p>
          )}
        </div>
      ) : (
        <Answered view={view} />
      )}
    </>
  );
}

function Answered({ view }: { view: BuyerConfirmationView }) {
  const text =
    view.state === "CONFIRMED"
      ? "Your order is confirmed. We will pack it and send it to you soon."
      : view.cancelled || view.state === "CANCELLED"
        ? "Your order is cancelled. You will not be charged anything."
        : "We have your order and are preparing it.";
  return (
    <p
      role="status"
      data-testid="buyer-answer"
      data-state={view.state}
      className={`mt-6 rounded-lg p-4 text-base font-semibold ${view.cancelled ? "bg-slate-100 text-slate-900" : "bg-emerald-50 text-emerald-900"}`}
    >
      {text}
      {view.answeredBy === "ops" ? " (Settled with our team on a call.)" : ""}
    </p>
  );
}
