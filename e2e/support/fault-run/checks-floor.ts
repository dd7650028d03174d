import type pg from "pg";
import { check, rows, some, type Check } from "./check";
import type { PickLog } from "./picks";
import type { WebhookLog } from "./webhooks";

/** Units picked so far per SKU, over every line: what the run's picks must add to exactly. */
export async function pickedPerSku(db: pg.Pool, skus: string[]): Promise<Map<string, number>> {
  const found = await rows<{ sku: string; units: number }>(
    db,
    `SELECT sku, sum("qtyPicked")::int AS units FROM "OrderItem" WHERE sku = ANY($1) GROUP BY sku`,
    [skus],
  );
  return new Map(found.map((r) => [r.sku, r.units]));
}

export async function checkPicks(
  db: pg.Pool,
  log: PickLog,
  before: Map<string, number>,
): Promise<Check[]> {
  const over = await rows(
    db,
    `SELECT o.number, i.sku, i."qtyOrdered", i."qtyPicked", i."qtyShort" FROM "OrderItem" i
       JOIN "Order" o ON o.id = i."orderId" WHERE i."qtyPicked" + i."qtyShort" > i."qtyOrdered"`,
  );
  const ids = [...log.picked.keys()];
  const recorded = await rows<{ id: string; units: number }>(
    db,
    `SELECT "clientEventId" AS id, sum(qty)::int AS units FROM "PickEvent"
       WHERE "clientEventId" = ANY($1) AND kind = 'PICK' GROUP BY 1`,
    [ids],
  );
  const byId = new Map(recorded.map((r) => [r.id, r.units]));
  const miscounted = ids.filter((id) => byId.get(id) !== log.picked.get(id)!.units);
  const after = await pickedPerSku(db, [...before.keys()]);
  const answered = new Map<string, number>();
  for (const { sku, units } of log.picked.values())
    answered.set(sku, (answered.get(sku) ?? 0) + units);
  const drift = [...before.keys()]
    .map((sku) => ({
      sku,
      added: after.get(sku)! - before.get(sku)!,
      answered: answered.get(sku) ?? 0,
    }))
    .filter((d) => d.added !== d.answered);
  const units = [...answered.values()].reduce((a, b) => a + b, 0);
  return [
    check(
      "no line over-allocated (picked + short ≤ ordered)",
      over.length === 0,
      over.length ? some(over) : "every order line",
    ),
    check(
      "every pick counted once",
      log.picked.size > 0 &&
        miscounted.length === 0 &&
        drift.length === 0 &&
        log.replayMismatches.length === 0,
      `${log.picked.size} picks (${units} units) on ${before.size} SKUs, ${log.replays} replays, ` +
        `${log.nothingLeft} answered "nothing left"` +
        (miscounted.length ? `; recorded ≠ answered for ${some(miscounted)}` : "") +
        (drift.length ? `; lines' picked units ≠ answers: ${some(drift)}` : "") +
        (log.replayMismatches.length ? `; replays: ${some(log.replayMismatches)}` : ""),
    ),
    check(
      "no pick refused for another reason",
      log.refused.length === 0,
      log.refused.length ? some(log.refused) : "none",
    ),
  ];
}

export async function checkWebhooks(
  db: pg.Pool,
  log: WebhookLog,
  awbs: string[],
  scansPerAwb: number,
): Promise<Check[]> {
  const found = await rows<{ awb: string; status: string; scans: number }>(
    db,
    `SELECT s.awb, s.status::text, (SELECT count(*)::int FROM "TrackingEvent" t
        WHERE t."shipmentId" = s.id AND t.location LIKE 'Fault Run Hub %') AS scans
       FROM "Shipment" s WHERE s.awb = ANY($1)`,
    [awbs],
  );
  const wrong = found.filter((s) => s.scans !== scansPerAwb || s.status !== "DELIVERED");
  // Each distinct push stored once and applied (PROCESSED, once: applying is conditional on the
  // claim, and a second claim would find it handled).
  const stored = await rows<{ status: string; n: number }>(
    db,
    `SELECT status::text, count(*)::int AS n FROM "WebhookEvent"
       WHERE provider = 'shiprocket' AND "rawBody" LIKE '%Fault Run Hub %' GROUP BY 1`,
  );
  const storedCount = stored.reduce((sum, r) => sum + r.n, 0);
  const unapplied = stored.filter((r) => r.status !== "PROCESSED");
  const distinct = log.sent - log.duplicates;
  return [
    check(
      "every webhook applied once, none lost, duplicates added nothing",
      awbs.length > 0 &&
        found.length === awbs.length &&
        wrong.length === 0 &&
        storedCount === distinct &&
        unapplied.length === 0,
      `${log.sent} pushes (${log.duplicates} exact duplicates, out of order) for ${awbs.length} AWBs; ` +
        `${storedCount} deliveries stored for ${distinct} distinct pushes` +
        (unapplied.length ? `; not applied: ${some(unapplied)}` : ", all applied") +
        (wrong.length
          ? `; expected ${scansPerAwb} scans and DELIVERED: ${some(wrong)}`
          : `; each AWB has its ${scansPerAwb} scans and is DELIVERED`),
    ),
    check(
      "every push answered 200",
      log.refused.length === 0,
      log.refused.length ? some(log.refused) : "all",
    ),
  ];
}

const BILLING = [
  "/_control/shiprocket/billing.csv",
  "/_control/delhivery/billing.csv",
  "/ekart/_control/billing.csv",
];

/** Every AWB the sandbox couriers issued, from their billing files (first column). */
async function issuedAwbs(sandbox: string): Promise<string[]> {
  const files = await Promise.all(BILLING.map(async (p) => (await fetch(`${sandbox}${p}`)).text()));
  return files.flatMap((csv) =>
    csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(",")[0]!.replace(/"/g, "").trim())
      .filter(Boolean),
  );
}

export async function checkOneAwbPerOrder(db: pg.Pool, sandbox: string): Promise<Check[]> {
  const doubled = await rows(
    db,
    `SELECT o.number, count(*)::int AS live FROM "Shipment" s JOIN "Order" o ON o.id = s."orderId"
       WHERE s.direction = 'FORWARD' AND s.awb IS NOT NULL AND s.status NOT IN ('CANCELLED', 'FAILED')
       GROUP BY o.number HAVING count(*) > 1`,
  );
  const issued = await issuedAwbs(sandbox);
  const held = await rows<{ awb: string; late: boolean }>(
    db,
    `SELECT awb, false AS late FROM "Shipment" WHERE awb = ANY($1)
     UNION ALL SELECT awb, false FROM "ShipmentAwbAlias" WHERE awb = ANY($1)
     UNION ALL SELECT awb, true FROM "LateAwb" WHERE awb = ANY($1)`,
    [issued],
  );
  const known = new Set(held.map((h) => h.awb));
  const stray = issued.filter((awb) => !known.has(awb));
  const late = held.filter((h) => h.late).length;
  return [
    check(
      "one live AWB per order",
      doubled.length === 0,
      doubled.length ? some(doubled) : "no order has two live shipments",
    ),
    check(
      "every AWB the sandbox issued is held by Packline",
      stray.length === 0,
      `${issued.length} AWBs issued, ${late} kept as late AWBs to cancel` +
        (stray.length ? `; not held: ${some(stray)}` : ""),
    ),
  ];
}
