import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFixtureUser } from "@/lib/orders/order-fixtures";
import { APPLY_TRIES } from "@/lib/shipping/apply-courier-webhook";
import {
  acceptFaultHub,
  bookedShipment,
  createDrainAccount,
  expireLeases,
  post,
  refuseFaultHub,
  rowOf,
  scan,
  scansOf,
} from "@/lib/testing/courier-webhook-drain";
import { drainCourierWebhooks } from "./drain-courier-webhooks";
import { CLAIMS_WITHOUT_OUTCOME_LIMIT } from "./fail-abandoned-courier-webhooks";
import { listWebhookLog } from "./list-webhook-log";
import { reprocessWebhookEvent } from "./reprocess-webhook-event";

// A delivery that cannot be applied: retried with backoff, failed with an incident in the same
// transaction, failing parcels kept apart from the good ones, claims without an outcome ended.
beforeAll(createDrainAccount);

describe("the courier webhook drain, when applying fails", () => {
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
