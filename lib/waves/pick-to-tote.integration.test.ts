import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createOrder,
  createPicker,
  createProduct,
  linesOf,
  orderState,
} from "@/lib/testing/picking-fixtures";
import { listPickList } from "@/lib/warehouse/list-pick-list";
import { markNotInStock } from "@/lib/warehouse/mark-not-in-stock";
import { resolvePackScan } from "@/lib/warehouse/resolve-pack-scan";
import { undoPick } from "@/lib/warehouse/undo-pick";
import { bindTote } from "./bind-tote";
import { createCart } from "./create-cart";
import { findToteOrder } from "./find-tote-order";
import { getWave } from "./get-wave";
import { pickToTote } from "./pick-to-tote";
import { releaseWave } from "./release-wave";

let picker: { id: string; name: string };
let waveId: string;

beforeAll(async () => {
  picker = await createPicker();
  await createProduct("TT-1", { bin: "A-02-5" });
  await createProduct("TT-2", { bin: "A-01-1" });
  await createOrder("T-1", 300, [
    { sku: "TT-1", qty: 2 },
    { sku: "TT-2", qty: 1 },
  ]);
  await createOrder("T-2", 200, [{ sku: "TT-1", qty: 1 }]);
  await createOrder("T-3", 100, [{ sku: "TT-1", qty: 3 }]); // stays with whole-list picking
  const cart = await createCart({ name: "TC", toteCount: 2 });
  await createCart({ name: "OTHER", toteCount: 1 });
  waveId = (await releaseWave({ cartId: cart.id, releasedBy: picker })).waveId;
});

const drop = (toteCode: string, sku: string, qty: number) =>
  pickToTote({ waveId, sku, toteCode, qty, clientEventId: randomUUID(), picker });

describe("a wave picked into totes", () => {
  it("binds totes to the suggested order or the one named, and refuses a tote twice", async () => {
    expect(await bindTote({ waveId, toteCode: "TOTE-TC-02", orderNumber: "T-2" })).toEqual({
      toteCode: "TOTE-TC-02",
      position: 2,
      orderNumber: "T-2",
    });
    expect(await bindTote({ waveId, toteCode: "TOTE-TC-01" })).toMatchObject({
      orderNumber: "T-1",
    });
    await expect(
      bindTote({ waveId, toteCode: "TOTE-TC-01", orderNumber: "T-2" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already holds order T-1"),
    });
    await expect(bindTote({ waveId, toteCode: "TOTE-OTHER-01" })).rejects.toMatchObject({
      message: expect.stringContaining("not a tote on this wave's cart"),
    });
    expect(
      (await db.wave.findUniqueOrThrow({ where: { id: waveId }, select: { status: true } })).status,
    ).toBe("PICKING");
  });

  it("lists the stops in walking order with each tote's share", async () => {
    const wave = await getWave(waveId);
    expect(
      wave.stops.map((s) => [s.binLocation, s.drops.map((d) => [d.tote?.position, d.qty])]),
    ).toEqual([
      ["A-01-1", [[1, 1]]],
      [
        "A-02-5",
        [
          [1, 2],
          [2, 1],
        ],
      ],
    ]);
  });

  it("keeps the wave's demand off the whole-list pick list", async () => {
    const list = await listPickList({ limit: 50 });
    const skus = list.groups.flatMap((g) => g.subcategories.flatMap((s) => s.skus));
    expect(skus.find((s) => s.sku === "TT-1")).toMatchObject({ remaining: 3 });
    expect(skus.find((s) => s.sku === "TT-2")).toBeUndefined();
  });

  it("refuses a wrong tote loudly and names the right one", async () => {
    await expect(drop("TOTE-TC-02", "TT-2", 1)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Wrong tote: Tote 2 needs no TT-2. It goes in Tote 1.",
    });
    await expect(drop("TOTE-OTHER-01", "TT-1", 1)).rejects.toMatchObject({
      message: expect.stringContaining("holds no order of this wave"),
    });
    await expect(drop("TOTE-TC-02", "TT-1", 2)).rejects.toMatchObject({
      message: "Tote 2 needs only 1 of TT-1. Put the rest back.",
    });
    expect((await linesOf("TT-1")).every((l) => l.qtyPicked === 0)).toBe(true);
  });

  it("picks into totes, shorts within the wave, and the wave ends PICKED with its orders ready", async () => {
    expect(await drop("TOTE-TC-01", "TT-2", 1)).toMatchObject({
      orderNumber: "T-1",
      waveStatus: "PICKING",
    });
    expect(await drop("TOTE-TC-01", "TT-1", 2)).toMatchObject({ nowReady: true });
    // A whole-list short of TT-1 lands on T-3 only, never on the wave's T-2.
    expect(await markNotInStock({ code: "TT-1", qty: 1, reporter: picker })).toMatchObject({
      orderNumbers: ["T-3"],
      remaining: 2,
    });
    const short = await markNotInStock({ code: "TT-1", qty: 5, reporter: picker, waveId });
    expect(short).toMatchObject({ qtyShort: 1, orderNumbers: ["T-2"], nowReady: ["T-2"] });
    expect(await orderState("T-2")).toEqual({
      status: "PROCESSING",
      readyToPack: true,
      hasShortItems: true,
    });
    const wave = await getWave(waveId);
    expect(wave).toMatchObject({ status: "PICKED", unitsLeft: 0, stops: [] });
    // Undoing the picker's last wave pick reopens the wave; picking it again closes it.
    const last = await drop("TOTE-TC-01", "TT-2", 1).catch((e: Error) => e.message);
    expect(last).toContain("Wrong tote");
    await undoPick({ picker });
    expect(await getWave(waveId)).toMatchObject({ status: "PICKING", unitsLeft: 2 });
    await drop("TOTE-TC-01", "TT-1", 2);
    expect((await getWave(waveId)).status).toBe("PICKED");
    expect((await linesOf("TT-1")).find((l) => l.order.number === "T-3")).toMatchObject({
      qtyPicked: 0,
      qtyShort: 1,
    });
  });

  it("finds a tote's order for the pack station until the order is packed, then frees the tote", async () => {
    const t1 = await db.order.findUniqueOrThrow({ where: { number: "T-1" }, select: { id: true } });
    expect(await findToteOrder("tote-tc-01")).toBe(t1.id);
    expect(await findToteOrder("TOTE-NONE-01")).toBeNull();
    // the pack station's scan box opens the tote's order, by the tote's code in any case
    const packer = { id: picker.id, role: "PACKER" as const };
    expect(await resolvePackScan({ code: "tote-tc-01", viewer: packer })).toEqual({
      orderId: t1.id,
      number: "T-1",
    });
    await db.order.update({ where: { number: "T-1" }, data: { status: "PACKED" } });
    expect(await findToteOrder("TOTE-TC-01")).toBeNull();
    await expect(resolvePackScan({ code: "TOTE-TC-01", viewer: packer })).rejects.toThrow(
      "Tote TOTE-TC-01 holds no order: it is empty.",
    );
    expect(
      (await db.wave.findUniqueOrThrow({ where: { id: waveId }, select: { status: true } })).status,
    ).toBe("PICKED");
    await db.order.update({ where: { number: "T-2" }, data: { status: "PACKED" } });
    expect(
      await db.wave.findUniqueOrThrow({
        where: { id: waveId },
        select: { status: true, closedAt: true },
      }),
    ).toMatchObject({ status: "DONE", closedAt: expect.any(Date) });
  });
});
