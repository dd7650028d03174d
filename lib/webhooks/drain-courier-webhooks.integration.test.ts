import { beforeAll, describe, expect, it } from "vitest";
import { readDelhiveryWebhook } from "@/lib/couriers/delhivery/webhook";
import { db } from "@/lib/db";
import { applyTrackingUpdate } from "@/lib/shipping/apply-tracking-update";
import {
  bookedShipment,
  createDrainAccount,
  expireLeases,
  post,
  rowOf,
  scan,
  scansOf,
} from "@/lib/testing/courier-webhook-drain";
import { claimCourierWebhooks, drainCourierWebhooks } from "./drain-courier-webhooks";

// Stored courier deliveries are applied by the worker's drain: posted through the real route,
// applied by drainCourierWebhooks as the worker runs it, counted in the rows they leave.
// Failures, retries and giving up: drain-courier-webhook-failures.integration.test.ts.
beforeAll(createDrainAccount);

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
});
