import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { createBoss } from "@/lib/jobs/boss";
import { BOOK_SHIPMENT_JOB } from "@/lib/jobs/queue-names";
import { queueSettings } from "@/lib/jobs/queue-settings";
import { createFixtureUser, setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { settleAbandonedBookingsJob } from "../settle-abandoned-bookings-job";
import { getBulkBooking } from "./get-bulk-booking";
import { recordBulkOutcome } from "./record-bulk-outcome";
import { retryFailedBookings } from "./retry-failed-bookings";
import { startBulkBooking } from "./start-bulk-booking";

// A bulk item whose booking job ends without recording an outcome would stay QUEUED for ever
// and its run page would poll for ever. The jobs live in pg-boss's real tables; how each one
// ends is done through pg-boss's own API, and the settle sweep's job is what notices.
let boss: PgBoss;
let ops: Caller;

// The settle job as the worker runs it (it reads nothing of its job).
const sweep = () => settleAbandonedBookingsJob.handle({}, {} as PgBoss.JobWithMetadata<object>);

beforeAll(async () => {
  await setUpShiprocketBooking("http://127.0.0.1:9"); // the product packed orders hold
  await setFulfilmentFlag(true);
  const user = await createFixtureUser("OPS");
  ops = { ...user, email: "ops@test.in", role: "OPS", via: "session" };
  boss = createBoss({ schedule: false, supervise: false });
  await boss.start();
  await boss.createQueue(BOOK_SHIPMENT_JOB, queueSettings(BOOK_SHIPMENT_JOB));
});
afterAll(() => boss.stop({ graceful: false, wait: true }));

describe("bulk items whose booking job ended without an outcome", () => {
  it("are failed with the reason by the sweep; the others wait, and retry failed queues them again", async () => {
    const orders = await Promise.all(Array.from({ length: 4 }, () => createPackedOrder()));
    const run = await startBulkBooking({ orderIds: orders.map((o) => o.id), caller: ops });
    const items = await db.bulkBookingItem.findMany({
      where: { runId: run.id },
      select: { id: true, orderId: true, attempt: true, jobId: true },
    });
    const byOrder = new Map(items.map((i) => [i.orderId, i]));
    const [threw, cancelled, deleted, waiting] = orders.map((o) => byOrder.get(o.id)!);
    for (const item of items)
      expect((await boss.getJobById(BOOK_SHIPMENT_JOB, item.jobId!))?.state).toBe("created");
    // Its last run threw before recording; one was cancelled; one was deleted.
    await db.$executeRaw`UPDATE pgboss.job SET retry_limit = 0 WHERE id = ${threw!.jobId}::uuid`;
    await boss.fail(BOOK_SHIPMENT_JOB, threw!.jobId!, { message: "database unavailable" });
    await boss.cancel(BOOK_SHIPMENT_JOB, cancelled!.jobId!);
    await boss.deleteJob(BOOK_SHIPMENT_JOB, deleted!.jobId!);

    await sweep();

    const view = await getBulkBooking(run.id);
    expect(view).toMatchObject({
      finished: false,
      counts: { queued: 1, booked: 0, failed: 3, skipped: 0 },
    });
    const reasonOf = (orderId: string) => view.items.find((i) => i.orderId === orderId)!.reason;
    expect(reasonOf(threw!.orderId)).toMatch(
      /^Its booking job stopped before recording an outcome \(database unavailable\)\. Retry failed/,
    );
    expect(reasonOf(cancelled!.orderId)).toMatch(/^Its booking job was cancelled/);
    expect(reasonOf(deleted!.orderId)).toMatch(/^Its booking job no longer exists/);
    expect(view.items.find((i) => i.orderId === waiting!.orderId)).toMatchObject({
      state: "QUEUED",
      reason: null,
    });
    // A run of the failed job that still records afterwards changes nothing.
    expect(
      await recordBulkOutcome(threw!, { state: "BOOKED", awb: "LATE1", courier: "SHIPROCKET" }),
    ).toBe(false);

    const retried = await retryFailedBookings({ runId: run.id, caller: ops });
    expect(retried.counts).toEqual({ queued: 4, booked: 0, failed: 0, skipped: 0 });
    const requeued = await db.bulkBookingItem.findUniqueOrThrow({
      where: { id: threw!.id },
      select: { attempt: true, jobId: true },
    });
    expect(requeued.attempt).toBe(2);
    expect(requeued.jobId).not.toBe(threw!.jobId);
    expect((await boss.getJobById(BOOK_SHIPMENT_JOB, requeued.jobId!))?.state).toBe("created");
    await sweep();
    expect((await getBulkBooking(run.id)).counts.queued).toBe(4);
  });
});
