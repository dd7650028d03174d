import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getBoard } from "@/app/api/dispatch/route";
import { db } from "@/lib/db";
import {
  bookedParcel,
  closeAs,
  dockUser,
  openHandoverAs,
  sandboxAccount,
  scanAs,
} from "@/lib/testing/dispatch-fixtures";
import { pageRequest } from "@/lib/testing/session-cookie";
import { startSandbox } from "@/lib/testing/start-sandbox";

// Scanning at the dock through the route handlers, with parcels the sandbox couriers booked.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let packer: Awaited<ReturnType<typeof dockUser>>;
let shiprocket: { id: string };
let delhivery: { id: string };

beforeAll(async () => {
  sandbox = await startSandbox();
  packer = await dockUser("PACKER");
  shiprocket = await sandboxAccount(sandbox.url, "SHIPROCKET");
  delhivery = await sandboxAccount(sandbox.url, "DELHIVERY");
});
afterAll(() => sandbox.stop());

const parcelsIn = (handoverId: string) => db.handoverParcel.count({ where: { handoverId } });

describe("a handover of mixed couriers", () => {
  it("takes its courier's parcels and refuses a foreign, a cancelled and an unknown one", async () => {
    const own = await bookedParcel(shiprocket.id);
    const foreign = await bookedParcel(delhivery.id);
    const cancelled = await bookedParcel(shiprocket.id);
    await db.shipment.update({ where: { awb: cancelled.awb }, data: { status: "CANCELLED" } });
    const orderCancelled = await bookedParcel(shiprocket.id);
    await db.order.update({ where: { id: orderCancelled.orderId }, data: { status: "CANCELLED" } });

    const opened = await openHandoverAs(packer.cookie, shiprocket.id);
    expect(opened.status).toBe(200);
    const id = String(opened.body.id);

    const ok = await scanAs(packer.cookie, id, own.awb);
    expect(ok).toMatchObject({
      status: 200,
      body: { outcome: "SCANNED", count: 1, orderNumber: own.orderNumber },
    });

    const wrong = await scanAs(packer.cookie, id, foreign.awb);
    expect(wrong.status).toBe(409);
    expect(wrong.body.detail).toBe(
      `AWB ${foreign.awb} goes with DELHIVERY dock, not SHIPROCKET dock. Put it on that courier's pile.`,
    );
    expect(wrong.body.reason).toBe("OTHER_COURIER");

    for (const parcel of [cancelled, orderCancelled]) {
      const refused = await scanAs(packer.cookie, id, parcel.awb);
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toBe(
        `AWB ${parcel.awb} was cancelled. Keep it off the truck and give it to ops.`,
      );
    }

    const unknown = await scanAs(packer.cookie, id, "NOSUCHAWB123");
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/^No parcel has AWB NOSUCHAWB123\./);

    const bad = await scanAs(packer.cookie, id, "AWB 12;DROP");
    expect(bad.status).toBe(422);
    expect(await parcelsIn(id)).toBe(1);
  });

  it("refuses a parcel already handed over, naming the handover and when", async () => {
    const parcel = await bookedParcel(delhivery.id);
    const first = String((await openHandoverAs(packer.cookie, delhivery.id)).body.id);
    expect((await scanAs(packer.cookie, first, parcel.awb)).status).toBe(200);
    expect((await closeAs(packer.cookie, first)).body).toMatchObject({
      status: "CLOSING",
      parcels: 1,
    });

    const closedScan = await scanAs(packer.cookie, first, parcel.awb);
    expect(closedScan.body.detail).toMatch(/handover was closed; open a new one/);

    const second = String((await openHandoverAs(packer.cookie, delhivery.id)).body.id);
    expect(second).not.toBe(first);
    const again = await scanAs(packer.cookie, second, parcel.awb);
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(
      new RegExp(
        `^AWB ${parcel.awb} was already handed over in the DELHIVERY dock handover closed at \\d{2} \\w{3} \\d{4}, \\d{2}:\\d{2}\\.$`,
      ),
    );
    expect(await db.handoverParcel.count({ where: { shipment: { awb: parcel.awb } } })).toBe(1);
  });

  it("counts a double scan once, whether one tablet or two scan at the same moment", async () => {
    const other = await dockUser("OPS");
    const parcel = await bookedParcel(shiprocket.id);
    const [a, b] = await Promise.all([
      openHandoverAs(packer.cookie, shiprocket.id),
      openHandoverAs(other.cookie, shiprocket.id),
    ]);
    expect(a.body.id).toBe(b.body.id);
    const id = String(a.body.id);
    const before = await parcelsIn(id);
    const scans = await Promise.all([
      scanAs(packer.cookie, id, parcel.awb),
      scanAs(other.cookie, id, parcel.awb),
      scanAs(packer.cookie, id, parcel.awb),
    ]);
    expect(scans.map((s) => s.status)).toEqual([200, 200, 200]);
    expect(scans.map((s) => s.body.outcome).sort()).toEqual([
      "ALREADY_SCANNED",
      "ALREADY_SCANNED",
      "SCANNED",
    ]);
    expect(await parcelsIn(id)).toBe(before + 1);
  });

  it("lets a scan and a close race without a parcel landing in a closed handover", async () => {
    const parcels = await Promise.all([1, 2, 3].map(() => bookedParcel(delhivery.id)));
    const id = String((await openHandoverAs(packer.cookie, delhivery.id)).body.id);
    await scanAs(packer.cookie, id, parcels[0]!.awb);
    const [late1, close, late2] = await Promise.all([
      scanAs(packer.cookie, id, parcels[1]!.awb),
      closeAs(packer.cookie, id),
      scanAs(packer.cookie, id, parcels[2]!.awb),
    ]);
    const landed = [late1, late2].filter((s) => s.status === 200).length;
    expect(close.body.parcels).toBe(1 + landed);
    expect(await parcelsIn(id)).toBe(1 + landed);
  });
});

describe("the dock's board", () => {
  it("lists a parcel booked before the last cut-off and not scanned as missed, and today's not", async () => {
    const late = await bookedParcel(delhivery.id);
    await db.shipment.update({
      where: { awb: late.awb },
      data: { bookedAt: new Date(Date.now() - 2 * 86_400_000) },
    });
    const fresh = await bookedParcel(delhivery.id);
    const res = await getBoard(pageRequest("/api/dispatch", { cookie: packer.cookie }), {
      params: Promise.resolve({}),
    });
    const board = (await res.json()) as {
      cutoff: string;
      missedCutoff: { awb: string; courierAccountName: string }[];
      groups: { courierAccountName: string; waiting: { awb: string; missedCutoff: boolean }[] }[];
    };
    expect(board.cutoff).toBe("17:00");
    const missed = board.missedCutoff.map((p) => p.awb);
    expect(missed).toContain(late.awb);
    expect(missed).not.toContain(fresh.awb);
    const group = board.groups.find((g) => g.courierAccountName === "DELHIVERY dock")!;
    expect(group.waiting.find((p) => p.awb === fresh.awb)).toMatchObject({ missedCutoff: false });
  });
});
