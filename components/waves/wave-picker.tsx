"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { messageOf } from "@/components/floor/floor-api";
import { ScanBar } from "@/components/floor/scan-bar";
import { Button } from "@/components/ui/button";
import { fetchWave, sendBind, sendDrop, sendWaveShort, type WaveView } from "./wave-api";
import { WaveStopCard } from "./wave-stop-card";

type Notice = { tone: "ok" | "error"; text: string };

/**
 * A picker with a cart of totes: first a tote scanned for each order (the suggested order
 * first), then the wave's bins in walking order, each drop confirmed by scanning its tote.
 */
export function WavePicker({ waveId }: { waveId: string }) {
  const [wave, setWave] = useState<WaveView | null>(null);
  const [scan, setScan] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const scanRef = useRef<HTMLInputElement>(null);
  const reload = useCallback(
    () =>
      fetchWave(waveId).then(setWave, (e: unknown) =>
        setNotice({ tone: "error", text: messageOf(e) }),
      ),
    [waveId],
  );
  useEffect(() => void reload(), [reload]);

  if (!wave) return <p className="text-lg">{notice?.text ?? "Loading the wave…"}</p>;
  const unbound = wave.orders.find((o) => o.open && !o.tote);
  const stop = wave.stops[0];
  const picking = wave.status === "RELEASED" || wave.status === "PICKING";

  async function act(work: () => Promise<string>) {
    setScan("");
    try {
      setNotice({ tone: "ok", text: await work() });
    } catch (e) {
      setNotice({ tone: "error", text: messageOf(e) });
    }
    await reload();
    scanRef.current?.focus();
  }

  function onScan(code: string) {
    if (unbound) {
      void act(async () => {
        const bound = await sendBind(waveId, code);
        return `Tote ${bound.position} holds ${bound.orderNumber}`;
      });
    } else if (stop) {
      const drop = stop.drops.find((d) => d.tote?.code === code.trim().toUpperCase());
      void act(async () => {
        const done = await sendDrop(waveId, { sku: stop.sku, toteCode: code, qty: drop?.qty ?? 1 });
        return `Tote ${done.position} ← ${done.picked} × ${done.sku}`;
      });
    }
  }

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Wave on cart {wave.cartName}</h1>
        <p className="text-lg text-slate-700" aria-live="polite">
          {wave.orders.length} orders · {wave.unitsLeft} units left · {wave.status.toLowerCase()}
        </p>
      </header>
      {notice && (
        <p
          role={notice.tone === "error" ? "alert" : "status"}
          className={`rounded-xl px-4 py-3 text-lg font-semibold ring-2 ${
            notice.tone === "error"
              ? "bg-red-50 text-red-950 ring-red-600"
              : "bg-emerald-50 text-emerald-950 ring-emerald-500"
          }`}
        >
          {notice.text}
        </p>
      )}
      {picking && (unbound || stop) && (
        <ScanBar ref={scanRef} value={scan} onChange={setScan} onScan={onScan} />
      )}
      {picking && unbound && (
        <section aria-label="Totes" className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
          <h2 className="text-xl font-bold">
            Scan a tote for {unbound.orderNumber} (Tote {unbound.slot} suggested)
          </h2>
          <ul className="mt-2 grid grid-cols-2 gap-2 text-lg">
            {wave.orders.map((o) => (
              <li key={o.orderNumber}>
                {o.orderNumber}: {o.tote ? `Tote ${o.tote.position}` : "no tote yet"}
              </li>
            ))}
          </ul>
        </section>
      )}
      {picking && !unbound && stop && (
        <WaveStopCard
          stop={stop}
          stopsLeft={wave.stops.length}
          missing={missing}
          onMissing={setMissing}
          onShort={(qty) =>
            act(async () => {
              setMissing(null);
              const short = await sendWaveShort(waveId, stop.sku, qty);
              return `${short.qtyShort} × ${short.sku} marked not in stock`;
            })
          }
        />
      )}
      {!picking && (
        <section
          aria-label="Wave done"
          className="rounded-xl bg-emerald-50 p-4 ring-2 ring-emerald-500"
        >
          <h2 className="text-xl font-bold">
            All picked: take cart {wave.cartName} to the pack bench
          </h2>
          <ul className="mt-2 grid grid-cols-2 gap-2 text-lg">
            {wave.orders.map((o) => (
              <li key={o.orderNumber}>
                Tote {o.tote?.position ?? "–"}: {o.orderNumber}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Button variant="secondary" size="lg" onClick={() => void reload()}>
        Refresh
      </Button>
    </div>
  );
}
