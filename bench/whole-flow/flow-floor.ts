import { randomUUID } from "node:crypto";
import { openLoop } from "./client";
import { BOOKED, every, timed, type Flow } from "./flow-state";
import { ok } from "./session";

// The warehouse floor at R orders a second: pickers scan what the imported orders need (the
// pick screen's POST /api/pick, one scan per line with its quantity, FIFO over open lines), a
// packer empties the packing queue (the pack station: open the order, scan every unit, weigh
// and mark packed), and ops book each packed order with the sandbox Shiprocket (the
// booking route answers with the AWB: "book: request → AWB").
/** what the scale reads for every parcel: one weight slab, so the quotes of a lane are shared */
export const PARCEL_GRAMS = 850;

interface PackItem {
  sku: string;
  qtyPicked: number;
  qtyVerified: number;
}

/**
 * Pickers, packer and ops work 20 % faster than orders arrive, as a crew staffed for the day
 * does: what waits drains instead of growing without end (an arrival with nothing waiting is
 * counted, not timed).
 */
const SLACK = 1.2;

export function startFloor(flow: Flow, linesPerOrder: number, boxPresetId: string): () => void {
  let picker = 0;
  const stops = [
    openLoop(
      () => flow.rate * linesPerOrder * SLACK,
      (at) => {
        const line = flow.toPick.shift();
        if (!line) return flow.rec.count("pick: no line waiting");
        const session = flow.users.pickers[picker++ % flow.users.pickers.length]!;
        void timed(flow, "pick: scan (POST /api/pick)", at, async () => {
          const answer = await session.post("/api/pick", {
            sku: line.sku,
            qty: line.qty,
            clientEventId: randomUUID(),
          });
          // FIFO gave the units to older lines that still needed them: a real outcome, not a fault.
          if (answer.status === 409) flow.rec.count("pick: nothing left for the SKU");
          else ok(answer, "POST /api/pick");
        });
      },
    ),
    // Each picker's screen reloads its list every 10 s.
    ...flow.users.pickers.map((session) =>
      every(flow, 10_000, async () => {
        await timed(flow, "pick: pick list (GET /api/picklist)", performance.now(), async () =>
          ok(await session.get("/api/picklist?limit=60"), "GET /api/picklist"),
        );
      }),
    ),
    // The pack station's queue, reloaded every 2 s.
    every(flow, 2000, async () => {
      const page = await timed(
        flow,
        "pack: queue (GET ready-to-pack)",
        performance.now(),
        async () =>
          ok<{ items: { id: string }[] }>(
            await flow.users.packer.get("/api/orders/ready-to-pack?limit=100"),
            "GET /api/orders/ready-to-pack",
          ),
      );
      for (const { id } of page?.items ?? [])
        if (!flow.seenForPack.has(id)) {
          flow.seenForPack.add(id);
          flow.toPack.push(id);
        }
    }),
    openLoop(
      () => flow.rate * SLACK,
      (at) => {
        const id = flow.toPack.shift();
        if (!id) return flow.rec.count("pack: no order waiting");
        void timed(flow, "pack: whole order (open, scans, weigh, mark packed)", at, async () => {
          await packOrder(flow, id, boxPresetId);
          flow.toBook.push(id);
        });
      },
    ),
    openLoop(
      () => flow.rate * SLACK,
      (at) => {
        const id = flow.toBook.shift();
        if (!id) return flow.rec.count("book: no packed order waiting");
        void timed(flow, "book: request → AWB (POST /ship)", at, async () => {
          const shipment = ok<{ awb: string | null }>(
            await flow.users.ops.post(`/api/orders/${id}/ship`, {
              courierAccountId: flow.shiprocket.accountId,
            }),
            "POST /api/orders/[id]/ship",
          );
          if (!shipment.awb) throw new Error(`order ${id} was booked without an AWB`);
          flow.rec.count(BOOKED);
          flow.totals.booked++;
          flow.awbs.push(shipment.awb);
          // picked up, in transit, out for delivery: the courier's scans of the next hours
          for (const [n, code] of [42, 18, 17].entries())
            flow.scans.push({ awb: shipment.awb, code, n });
        });
      },
    ),
  ];
  return () => stops.forEach((stop) => stop());
}

/** One order at the pack station; each request is a "pack: action" of its own. */
async function packOrder(flow: Flow, id: string, boxPresetId: string) {
  const packer = flow.users.packer;
  const action = <T>(what: string, send: () => ReturnType<typeof packer.get>) =>
    timed(flow, "pack: action (each request)", performance.now(), async () =>
      ok<T>(await send(), what),
    ).then((result) => {
      if (result === undefined) throw new Error(`${what} failed for order ${id}`);
      return result;
    });
  const order = await action<{ items: PackItem[] }>("GET /api/orders/[id]/pack", () =>
    packer.get(`/api/orders/${id}/pack`),
  );
  for (const item of order.items)
    for (let unit = item.qtyVerified; unit < item.qtyPicked; unit++)
      await action("POST verify-item", () =>
        packer.post(`/api/orders/${id}/verify-item`, { code: item.sku }),
      );
  await action("POST mark-packed", () =>
    packer.post(`/api/orders/${id}/mark-packed`, { weightGrams: PARCEL_GRAMS, boxPresetId }),
  );
}
