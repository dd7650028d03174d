import { BOOKED, type Flow } from "./flow-state";
import { ok } from "./session";

// The shift starts with what the demo left open (placed, processing, packed orders): the
// pickers clear the pick list, the packer the queue, ops book the rest, before the measured
// ramp, so the ramp's figures are the imported orders' flow, not the demo backlog draining.
// Nothing is imported meanwhile; the stages run at DRAIN_RATE until nothing waits.
const DRAIN_RATE = 4;
const LONGEST_MS = 150_000;

interface PickListPage {
  groups: { subcategories: { skus: { sku: string; remaining: number }[] }[] }[];
  nextCursor: string | null;
}

async function openPickList(flow: Flow) {
  const lines: { sku: string; qty: number }[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const page: PickListPage = ok<PickListPage>(
      await flow.users.pickers[0]!.get(`/api/picklist?limit=200${query}`),
      "GET /api/picklist",
    );
    for (const group of page.groups)
      for (const sub of group.subcategories)
        for (const { sku, remaining } of sub.skus)
          if (remaining > 0) lines.push({ sku, qty: Math.min(remaining, 999) });
    cursor = page.nextCursor;
  } while (cursor);
  return lines;
}

/** Drains the backlog; answers what was booked, how long it took and what failed meanwhile. */
export async function startShift(flow: Flow) {
  const started = performance.now();
  flow.toPick.push(...(await openPickList(flow)));
  flow.importing = false;
  flow.rate = DRAIN_RATE;
  const booked = () => flow.rec.stats(1).counts[BOOKED] ?? 0;
  let last = -1;
  // done when nothing waits locally and no order was booked in the last 9 s
  while (performance.now() - started < LONGEST_MS) {
    await new Promise((resolve) => setTimeout(resolve, 9000));
    const waiting = flow.toPick.length + flow.toPack.length + flow.toBook.length;
    if (waiting === 0 && booked() === last) break;
    last = booked();
  }
  flow.rate = 0;
  flow.importing = true;
  const failed = Object.entries(flow.rec.stats(1).figures)
    .filter(([, f]) => f.errors > 0)
    .map(([name, f]) => `${name}: ${f.errors} (${f.firstError})`);
  return { booked: booked(), seconds: Math.round((performance.now() - started) / 1000), failed };
}
