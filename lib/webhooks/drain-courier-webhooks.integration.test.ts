import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as delhiveryPost } from "@/app/api/webhooks/delhivery/route";
import { db } from "@/lib/db";
import { createFixtureOrder, createFixtureUser } from "@/lib/orders/order-fixtures";
import { APPLY_TRIES } from "@/lib/shipping/apply-courier-webhook";
import { applyTrackingUpdate } from "@/lib/shipping/apply-tracking-update";
import { readDelhiveryWebhook } from "@/lib/couriers/delhivery/webhook";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { claimCourierWebhooks, drainCourierWebhooks } from "./drain-courier-webhooks";
import { CLAIMS_WITHOUT_OUTCOME_LIMIT } from "./fail-abandoned-courier-webhooks";
import { listWebhookLog } from "./list-webhook-log";
import { reprocessWebhookEvent } from "./reprocess-webhook-event";

// Stored courier deliveries are applied by the worker's drain: posted through the real route,
// applied by drainCourierWebhooks as the worker runs it, counted in the rows they leave.
const TOKEN = "dl-drain-token";
let accountId = "";

beforeAll(async () => {
  accountId = (
    await createSandboxCourierAccount("http://127.0.0.1:9", "DELHIVERY", {
      name: "DL drain",
      webhookSecret: TOKEN,
    })
  ).id;
});

let awbs = 0;
async function bookedShipment() {
  const order = await createFixtureOrder({ status: "SHIPPED" });
  const awb = `DRAIN${Date.now()}${++awbs}`;
  await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: accountId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb,
      status: "BOOKED",
    },
    select: { id: true },
  });
  return awb;
}

function scan(awb: string, status: string, at: string, location = "Bhiwandi Hub") {
  return JSON.stringify({
    Shipment: {
      AWB: awb,
      Status: { Status: status, StatusType: "UD", StatusDateTime: at, StatusLocation: location },
    },
  });
}

async function post(body: string) {
  const req = new NextRequest("http://localhost/api/webhooks/delhivery", {
    method: "POST",
    headers: { "content-type": "application/json", "x-delhivery-token": TOKEN },
    body,
  });
  const res = await delhiveryPost(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const rowOf = (body: string) =>
  db.webhookEvent.findFirstOrThrow({
    where: { rawBody: body },
    select: { id: true, status: true, applyTries: true, applyAfter: true, error: true },
  });
const scansOf = (awb: string) => db.trackingEvent.count({ where: { shipment: { awb } } });
const expireLeases = () =>
  db.$executeRaw`UPDATE "WebhookEvent" SET "applyAfter" = now() - interval '1 second'
                 WHERE status = 'RECEIVED'`;

// A real failure inside the apply's transaction: PostgreSQL refuses a scan at FAULT-HUB.
async function refuseFaultHub() {
  await db.$executeRawUnsafe(`
    CREATE FUNCTION refuse_fault_hub() RETURNS trigger AS $$
    BEGIN
      IF NEW.location = 'FAULT-HUB' THEN RAISE EXCEPTION 'scan table is read-only'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`
    CREATE TRIGGER refuse_fault_hub BEFORE INSERT ON "TrackingEvent"
    FOR EACH ROW EXECUTE FUNCTION refuse_fault_hub()`);
}
async function acceptFaultHub() {
  await db.$executeRawUnsafe(`DROP TRIGGER refuse_fault_hub ON "TrackingEvent"`);
  await db.$executeRawUnsafe(`DROP FUNCTION refuse_fault_hub()`);
}

describe("the courier webhook drain", () => {
  it("answers at once and applies each delivery once under two concurrent drains", async () => {
    const [a, b] = [await bookedShipment(), await bookedShipment()];
    const bodies = [a, b].flatMap((awb) =>
      ["Picked Up", "In Transit", "Pending", "Dispatched"].map((status, i) =>
        scan(awb, status, `2026-12-0${i + 1}T10:00:00`),
      ),
    );
    for (const body of bodies)
      expect(await post(body)).toEqual({ status: 200, body: { ok: true, result: "stored" } });
    // An exact redelivery lands on its row: stored once, applied once.
    expect((await post(bodies[0]!)).body).toMatchObject({ ok: true, duplicate: true });
    expect(await scansOf(a)).toBe(0);

    const reports = await Promise.all([drainCourierWebhooks(), drainCourierWebhooks()]);
    expect(reports.reduce((n, r) => n + r.PROCESSED, 0)).toBe(bodies.length);
    for (const body of bodies)
      expect(await rowOf(body)).toMatchObject({ status: "PROCESSED", applyTries: 1 });
    expect([await scansOf(a), await scansOf(b)]).toEqual([4, 4]);
    expect(await drainCourierWebhooks()).toMatchObject({ PROCESSED: 0, RETRYING: 0 });
  });

  it("applies one parcel's scans in order of receipt when they carry the same time", async () => {
    const awb = await bookedShipment();
    const other = await bookedShipment();
    // Two words for "in transit" a moment apart with one time on both: the later one stands.
    await post(scan(awb, "In Transit", "2026-12-04T10:00:00", "Origin Center"));
    await post(scan(other, "In Transit", "2026-12-04T11:00:00"));
    await post(scan(awb, "Pending", "2026-12-04T10:00:00", "Reached Hub"));
    await post(scan(other, "Pending", "2026-12-04T12:00:00"));
    await drainCourierWebhooks();
    expect(
      await db.shipment.findUniqueOrThrow({
        where: { awb },
        select: { rawStatus: true, courierLocation: true },
      }),
    ).toEqual({ rawStatus: "Pending (UD)", courierLocation: "Reached Hub" });
  });

  it("re-applies a delivery whose drain died mid-apply after its lease, exactly once", async () => {
    const awb = await bookedShipment();
    const body = scan(awb, "In Transit", "2026-12-02T10:00:00");
    await post(body);
    // A drain claims it and dies before its transaction commits; meanwhile the tracking poll
    // has stored the same scan.
    const [claimed] = await claimCourierWebhooks(10);
    expect(claimed).toMatchObject({ rawBody: body, applyTries: 1 });
    for (const { update } of readDelhiveryWebhook(body)!)
      await applyTrackingUpdate({ courier: "DELHIVERY", update, source: "poll" });
    // While the lease holds, nobody else takes it.
    expect(await drainCourierWebhooks()).toMatchObject({ PROCESSED: 0 });
    expect(await rowOf(body)).toMatchObject({ status: "RECEIVED", applyTries: 1 });

    await expireLeases();
    expect(await drainCourierWebhooks()).toMatchObject({ PROCESSED: 1 });
    expect(await rowOf(body)).toMatchObject({ status: "PROCESSED", applyTries: 2 });
    expect(await scansOf(awb)).toBe(1);
    expect(
      await db.shipment.findUniqueOrThrow({ where: { awb }, select: { status: true } }),
    ).toEqual({ status: "IN_TRANSIT" });
  });

  it("retries a delivery that fails, shows it in the log, then fails it with an incident", async () => {
    const awb = await bookedShipment();
    const body = scan(awb, "In Transit", "2026-12-03T10:00:00", "FAULT-HUB");
    await refuseFaultHub();
    try {
      expect((await post(body)).status).toBe(200);
      expect(await drainCourierWebhooks()).toMatchObject({ RETRYING: 1 });
      const waiting = await rowOf(body);
      expect(waiting).toMatchObject({ status: "RECEIVED", applyTries: 1 });
      expect(waiting.error).toMatch(/^Try 1 of 8 failed, retrying in 10 s: [^]*read-only/);
      expect(waiting.applyAfter!.getTime()).toBeGreaterThan(Date.now());
      // Backing off: the next drain leaves it alone.
      expect(await drainCourierWebhooks()).toMatchObject({ RETRYING: 0, PROCESSED: 0 });
      const log = await listWebhookLog({ provider: "delhivery", status: "RECEIVED", limit: 10 });
      expect(log.items.find((r) => r.id === waiting.id)).toMatchObject({
        status: "RECEIVED",
        applyTries: 1,
        note: waiting.error,
      });

      // The last try fails it for good, with an incident for ops.
      await db.webhookEvent.update({
        where: { id: waiting.id },
        data: { applyTries: APPLY_TRIES - 1, applyAfter: new Date(0) },
      });
      expect(await drainCourierWebhooks()).toMatchObject({ FAILED: 1 });
      expect(await rowOf(body)).toMatchObject({ status: "FAILED", applyTries: APPLY_TRIES });
      const incidents = await db.incident.findMany({
        where: { stage: "delhivery-webhook" },
        select: { context: true },
      });
      expect(incidents).toEqual([{ context: { webhookEventId: waiting.id, awb } }]);
    } finally {
      await acceptFaultHub();
    }
    // Once the cause is gone, an admin's re-process applies it.
    const admin = await createFixtureUser("ADMIN");
    const { id } = await rowOf(body);
    const result = await reprocessWebhookEvent({
      id,
      caller: { id: admin.id, role: "ADMIN", via: "session" } as never,
    });
    expect(result).toMatchObject({ status: "PROCESSED" });
    expect(await scansOf(awb)).toBe(1);
  });

  it("commits the good parcels of a delivery whose other parcel fails, and retries it", async () => {
    const [good, bad] = [await bookedShipment(), await bookedShipment()];
    const pushes = [
      scan(good, "In Transit", "2026-12-05T10:00:00"),
      scan(bad, "In Transit", "2026-12-05T10:00:00", "FAULT-HUB"),
    ];
    const body = `[${pushes.join(",")}]`;
    await refuseFaultHub();
    try {
      expect((await post(body)).status).toBe(200);
      expect(await drainCourierWebhooks()).toMatchObject({ RETRYING: 1, PROCESSED: 0 });
      expect([await scansOf(good), await scansOf(bad)]).toEqual([1, 0]);
      const waiting = await rowOf(body);
      expect(waiting).toMatchObject({ status: "RECEIVED", applyTries: 1 });
      expect(waiting.error).toContain(`Try 1 of 8 failed, retrying in 10 s: ${bad}: `);
      expect(waiting.error).toContain(`applied: ${good}: BOOKED → IN_TRANSIT`);
    } finally {
      await acceptFaultHub();
    }
    // The retry applies the other parcel and stores the good one's scan no second time.
    await expireLeases();
    expect(await drainCourierWebhooks()).toMatchObject({ PROCESSED: 1 });
    expect([await scansOf(good), await scansOf(bad)]).toEqual([1, 1]);
    expect(await rowOf(body)).toMatchObject({ status: "PROCESSED", applyTries: 2 });
  });

  it("fails a delivery whose claims keep ending without an outcome, with an incident", async () => {
    const [stuck, nearly] = [await bookedShipment(), await bookedShipment()];
    const bodies = [
      scan(stuck, "In Transit", "2026-12-06T10:00:00"),
      scan(nearly, "In Transit", "2026-12-06T10:00:00"),
    ];
    for (const body of bodies) await post(body);
    // As if drains had claimed them and died that many times, the last lease run out.
    const [stuckRow, nearlyRow] = [await rowOf(bodies[0]!), await rowOf(bodies[1]!)];
    const abandoned = { applyAfter: new Date(0) };
    await db.webhookEvent.update({
      where: { id: stuckRow.id },
      data: { ...abandoned, applyTries: CLAIMS_WITHOUT_OUTCOME_LIMIT },
    });
    await db.webhookEvent.update({
      where: { id: nearlyRow.id },
      data: { ...abandoned, applyTries: CLAIMS_WITHOUT_OUTCOME_LIMIT - 1 },
    });

    expect(await drainCourierWebhooks()).toMatchObject({ FAILED: 1, PROCESSED: 1 });
    expect(await rowOf(bodies[0]!)).toMatchObject({
      status: "FAILED",
      applyTries: CLAIMS_WITHOUT_OUTCOME_LIMIT,
      error: `Applying it never finished: ${CLAIMS_WITHOUT_OUTCOME_LIMIT} claims, the last ${CLAIMS_WITHOUT_OUTCOME_LIMIT - APPLY_TRIES + 1} without an outcome`,
    });
    expect(await scansOf(stuck)).toBe(0);
    expect(await rowOf(bodies[1]!)).toMatchObject({ status: "PROCESSED" });
    const incidents = await db.incident.findMany({
      where: { context: { path: ["webhookEventId"], equals: stuckRow.id } },
      select: { context: true, stage: true },
    });
    expect(incidents).toEqual([
      { stage: "delhivery-webhook", context: { webhookEventId: stuckRow.id, awb: stuck } },
    ]);
    // Failed, it is not claimed again.
    expect(await drainCourierWebhooks()).toMatchObject({ FAILED: 0, PROCESSED: 0 });
  });

  it("leaves a claimed row to its claim when a repeat of it is malformed", async () => {
    const body = JSON.stringify({ Shipment: { AWB: "DRAIN-MALFORMED" } });
    expect((await post(body)).status).toBe(400);
    const { id } = await rowOf(body);
    expect(await rowOf(body)).toMatchObject({ status: "FAILED" });
    // A claim holds it again (as an admin's re-process does) when the courier repeats it.
    const lease = new Date(Date.now() + 60_000);
    await db.webhookEvent.update({
      where: { id },
      data: { status: "RECEIVED", applyTries: 1, applyAfter: lease, error: null },
    });
    expect((await post(body)).status).toBe(400);
    expect(await rowOf(body)).toMatchObject({ status: "RECEIVED", applyTries: 1, error: null });
    await db.webhookEvent.update({ where: { id }, data: { status: "FAILED" } });
  });

  it("never leaves a FAILED row without its incident, and one delivery's throw stops no other", async () => {
    const [bad, good] = [await bookedShipment(), await bookedShipment()];
    const failing = scan(bad, "In Transit", "2026-12-07T10:00:00", "FAULT-HUB");
    const fine = scan(good, "In Transit", "2026-12-07T10:00:00");
    for (const body of [failing, fine]) await post(body);
    const { id } = await rowOf(failing);
    await db.webhookEvent.update({ where: { id }, data: { applyTries: APPLY_TRIES - 1 } });
    await refuseFaultHub();
    // The incident cannot be written either: failing the row must not commit without it.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_incident() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'incident table is read-only'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_incident BEFORE INSERT ON "Incident"
      FOR EACH ROW EXECUTE FUNCTION refuse_incident()`);
    try {
      await expect(drainCourierWebhooks()).rejects.toThrow(/incident table is read-only/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_incident ON "Incident"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_incident()`);
      await acceptFaultHub();
    }
    expect(await rowOf(failing)).toMatchObject({ status: "RECEIVED", applyTries: APPLY_TRIES });
    expect(await rowOf(fine)).toMatchObject({ status: "PROCESSED" });
    expect([await scansOf(bad), await scansOf(good)]).toEqual([0, 1]);
    // Once incidents can be written, the lease's end lets it be applied.
    await expireLeases();
    expect(await drainCourierWebhooks()).toMatchObject({ PROCESSED: 1 });
  });
});
