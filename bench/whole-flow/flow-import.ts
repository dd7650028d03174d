import { generateStoreOrders } from "@/sandbox/store-generator";
import { request } from "./client";
import { every, since, STORED, SYNC_EVERY_MS, timed, type Flow } from "./flow-state";
import { ok } from "./session";

// Import: the store's order API (the sandbox store) gains R orders a second; Packline's sync
// (Admin → "Sync now", asked every SYNC_EVERY_MS as a short sync interval would) pulls them
// through the worker. "import → visible" is from the order's arrival in the store to the ops
// order list finding it by number; then its lines go to the pickers.
const FIRST_OFFSET = 1_000_000;

interface Batch {
  at: number;
  lastNumber: string;
  count: number;
  lines: { sku: string; qty: number }[];
}

/** Average lines per imported order (the pick rate is R × this), from the store's own mix. */
export function linesPerOrder(): number {
  const sample = generateStoreOrders({ count: 2000, seed: 1, mix: "importable" });
  return sample.reduce((sum, o) => sum + o.items.length, 0) / sample.length;
}

export function startImport(flow: Flow): () => void {
  let offset = FIRST_OFFSET;
  // Arrivals follow the clock, not the ticks: `every` skips a tick while a POST is running, so
  // what is due is R × the seconds elapsed since the last look, less what was sent.
  let due = 0;
  let lookedAt = performance.now();
  let batchNo = 0;
  const pending: Batch[] = [];
  const stops = [
    // Orders arrive at R a second; the store receives each quarter second's arrivals at once.
    every(flow, 250, async () => {
      const now = performance.now();
      due += flow.importing ? (flow.rate * (now - lookedAt)) / 1000 : 0;
      lookedAt = now;
      const count = Math.floor(due);
      if (count === 0) return;
      due -= count;
      const orders = generateStoreOrders({
        count,
        seed: ++batchNo,
        offset,
        startAt: new Date(Date.now() - offset * 37_000).toISOString(),
        mix: "importable",
      }).map((o) => ({
        ...o,
        placed_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      }));
      offset += count;
      const at = performance.now();
      const answer = await request(`${flow.sandbox}/_control/store/orders`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ orders }),
      });
      ok(answer, "adding orders to the sandbox store");
      flow.totals.stored += count;
      flow.rec.count(STORED, count);
      pending.push({
        at,
        count,
        lastNumber: orders.at(-1)!.order_number,
        lines: orders.flatMap((o) => o.items.map((i) => ({ sku: i.sku, qty: i.quantity }))),
      });
    }),
    every(flow, SYNC_EVERY_MS, async () => {
      const at = performance.now();
      await timed(flow, "import: sync now request", at, async () => {
        const answer = await flow.users.admin.post("/api/admin/sync", { full: false });
        if (answer.status !== 202 && answer.status !== 409) ok(answer, "POST /api/admin/sync");
      });
    }),
    every(flow, 1000, async () => {
      while (pending.length) {
        const batch = pending[0]!;
        const q = encodeURIComponent(batch.lastNumber);
        const answer = await flow.users.ops.get(`/api/orders?q=${q}&limit=5`);
        const found = ok<{ items: unknown[] }>(answer, "GET /api/orders?q=");
        if (found.items.length === 0) return;
        pending.shift();
        const ms = since(batch.at);
        for (let i = 0; i < batch.count; i++) flow.rec.add("import: order in store → visible", ms);
        flow.toPick.push(...batch.lines);
      }
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
