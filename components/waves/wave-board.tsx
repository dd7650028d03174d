"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { buttonClass, Button } from "@/components/ui/button";
import { messageOf } from "@/components/floor/floor-api";
import { fetchCarts, sendCancel, sendCart, sendRelease, type CartSummary } from "./wave-api";

/** Carts and their open waves: pickers open a wave, ops release one onto a free cart. */
export function WaveBoard({ canRelease }: { canRelease: boolean }) {
  const router = useRouter();
  const [carts, setCarts] = useState<CartSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    fetchCarts().then(setCarts, (e: unknown) => setError(messageOf(e)));
  }, []);
  useEffect(load, [load]);

  async function release(cart: CartSummary) {
    setBusy(true);
    setError(null);
    try {
      const wave = await sendRelease(cart.id);
      router.push(`/pick/waves/${wave.waveId}`);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  async function cancel(cart: CartSummary) {
    if (!cart.openWave) return;
    setError(null);
    try {
      await sendCancel(cart.openWave.id);
    } catch (e) {
      setError(messageOf(e));
    }
    load();
  }

  return (
    <div className="space-y-4">
      {error && (
        <p
          role="alert"
          className="rounded-xl bg-red-50 px-4 py-3 text-lg font-semibold text-red-950 ring-2 ring-red-600"
        >
          {error}
        </p>
      )}
      {carts && carts.length === 0 && <p className="text-lg">No carts yet.</p>}
      <ul className="grid gap-3 sm:grid-cols-2">
        {carts?.map((cart) => (
          <li key={cart.id} className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
            <h2 className="text-xl font-bold">Cart {cart.name}</h2>
            <p className="text-slate-700">
              {cart.toteCount} totes ·{" "}
              {cart.openWave
                ? `wave ${cart.openWave.status.toLowerCase()}, ${cart.openWave.orders} orders`
                : "free"}
            </p>
            <div className="mt-3 flex gap-2">
              {cart.openWave ? (
                <>
                  <Link
                    href={`/pick/waves/${cart.openWave.id}`}
                    className={buttonClass("primary", "xl")}
                  >
                    Pick wave on {cart.name}
                  </Link>
                  {canRelease && (
                    <Button variant="secondary" size="xl" onClick={() => cancel(cart)}>
                      Cancel wave
                    </Button>
                  )}
                </>
              ) : (
                canRelease && (
                  <Button size="xl" disabled={busy} onClick={() => release(cart)}>
                    Release wave for {cart.name}
                  </Button>
                )
              )}
            </div>
          </li>
        ))}
      </ul>
      {canRelease && <NewCart onCreated={load} onError={setError} />}
    </div>
  );
}

function NewCart({ onCreated, onError }: { onCreated: () => void; onError: (e: string) => void }) {
  const [name, setName] = useState("");
  const [totes, setTotes] = useState("8");
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200"
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await sendCart(name, Number(totes));
          setName("");
          onCreated();
        } catch (e) {
          onError(messageOf(e));
        }
      }}
    >
      <label className="flex flex-col text-sm font-semibold">
        Cart name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          className="min-h-12 rounded-lg border-2 border-slate-300 px-3 text-lg"
        />
      </label>
      <label className="flex flex-col text-sm font-semibold">
        Totes
        <input
          type="number"
          min={1}
          max={48}
          value={totes}
          onChange={(e) => setTotes(e.target.value)}
          className="min-h-12 w-24 rounded-lg border-2 border-slate-300 px-3 text-lg"
        />
      </label>
      <Button size="lg" type="submit">
        Add cart
      </Button>
    </form>
  );
}
