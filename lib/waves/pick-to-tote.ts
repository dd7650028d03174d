import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { FLOOR_TX, lockFloorProduct } from "@/lib/warehouse/floor-sku";
import { addToLines } from "@/lib/warehouse/lock-open-lines";
import { refreshReadiness } from "@/lib/warehouse/refresh-readiness";
import { splitQuantity, totalOf } from "@/lib/warehouse/split-quantity";
import type { PickToToteBody } from "@/lib/validation/waves";
import { settleWave } from "./settle-wave";

export interface PickToToteInput extends PickToToteBody {
  waveId: string;
  picker: { id: string };
}

export interface ToteDrop {
  sku: string;
  toteCode: string;
  position: number;
  orderNumber: string;
  picked: number;
  nowReady: boolean;
  waveStatus: "PICKING" | "PICKED";
  replayed: boolean;
}

/**
 * The picker drops units of a SKU into a tote and scans the tote to confirm: the units go to
 * the tote's order in this wave, never more than it still needs. A tote that is not this wave's,
 * or whose order needs none of the SKU, is refused with the tote that does. The same SKU floor
 * lock as whole-list picks and shorts, then order and lines in id order, so no deadlocks.
 */
export async function pickToTote(input: PickToToteInput): Promise<ToteDrop> {
  return db.$transaction(async (tx) => {
    const product = await lockFloorProduct(tx, input.sku);
    const replay = await earlierDrop(tx, input, product.sku);
    if (replay) return replay;
    const tote = await boundTote(tx, input.waveId, input.toteCode);
    await tx.$executeRaw`SELECT 1 FROM "Order" WHERE id = ${tote.orderId} FOR UPDATE`;
    const lines = await tx.$queryRaw<{ id: string; open: number }[]>`
      SELECT id, "qtyOrdered" - "qtyPicked" - "qtyShort" AS open FROM "OrderItem"
      WHERE "orderId" = ${tote.orderId} AND sku = ${product.sku}
        AND "qtyPicked" + "qtyShort" < "qtyOrdered"
      ORDER BY id FOR UPDATE`;
    const open = totalOf(lines.map((l) => ({ qty: l.open })));
    if (open === 0) throw await wrongTote(tx, input, product.sku, tote.position);
    if (input.qty > open) {
      throw new AppError(
        "CONFLICT",
        `Tote ${tote.position} needs only ${open} of ${product.sku}. Put the rest back.`,
      );
    }
    const shares = splitQuantity(
      lines.map((l) => ({
        id: l.id,
        orderId: tote.orderId,
        orderNumber: tote.orderNumber,
        open: l.open,
      })),
      input.qty,
    );
    await addToLines(tx, "qtyPicked", shares);
    await tx.pickEvent.createMany({
      data: shares.map((s) => ({
        clientEventId: input.clientEventId,
        sku: product.sku,
        orderItemId: s.lineId,
        qty: s.qty,
        requestedQty: input.qty,
        pickerId: input.picker.id,
      })),
    });
    const readiness = await refreshReadiness(
      tx,
      [tote.orderId],
      { userId: input.picker.id, label: "picker" },
      "First item picked",
    );
    return {
      sku: product.sku,
      toteCode: input.toteCode,
      position: tote.position,
      orderNumber: tote.orderNumber,
      picked: input.qty,
      nowReady: readiness.nowReady.length > 0,
      waveStatus: await settleWave(tx, input.waveId),
      replayed: false,
    };
  }, FLOOR_TX);
}

/** The tote's order in this wave, or a loud refusal naming why the tote is wrong. */
async function boundTote(tx: Tx, waveId: string, toteCode: string) {
  const [row] = await tx.$queryRaw<
    {
      orderId: string | null;
      orderNumber: string | null;
      position: number;
      waveId: string | null;
    }[]
  >`
    SELECT wo."orderId", o.number AS "orderNumber", t.position, wo."waveId"
    FROM "Tote" t
    LEFT JOIN "WaveOrder" wo ON wo."toteId" = t.id AND wo."open"
    LEFT JOIN "Order" o ON o.id = wo."orderId"
    WHERE t.code = ${toteCode}`;
  if (!row) throw new AppError("CONFLICT", `${toteCode} is not a tote. Scan the tote's barcode.`);
  if (!row.orderId || !row.orderNumber || row.waveId !== waveId) {
    throw new AppError(
      "CONFLICT",
      `Tote ${toteCode} holds no order of this wave. Wrong tote: take the unit out.`,
    );
  }
  return { orderId: row.orderId, orderNumber: row.orderNumber, position: row.position };
}

async function wrongTote(tx: Tx, input: PickToToteInput, sku: string, position: number) {
  const rows = await tx.$queryRaw<{ position: number | null }[]>`
    SELECT DISTINCT t.position FROM "WaveOrder" wo
    JOIN "OrderItem" i ON i."orderId" = wo."orderId" LEFT JOIN "Tote" t ON t.id = wo."toteId"
    WHERE wo."waveId" = ${input.waveId} AND wo."open" AND i.sku = ${sku}
      AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered"
    ORDER BY t.position`;
  const want = rows.map((r) =>
    r.position === null ? "a tote not yet bound" : `Tote ${r.position}`,
  );
  return new AppError(
    "CONFLICT",
    `Wrong tote: Tote ${position} needs no ${sku}. ${
      want.length > 0 ? `It goes in ${want.join(" or ")}.` : "No tote in this wave needs it."
    }`,
    { details: { sku, toteCode: input.toteCode } },
  );
}

/** The same clientEventId sent again (a retry) answers the drop it already made. */
async function earlierDrop(tx: Tx, input: PickToToteInput, sku: string): Promise<ToteDrop | null> {
  const events = await tx.pickEvent.findMany({
    where: { clientEventId: input.clientEventId, kind: "PICK" },
    select: {
      qty: true,
      sku: true,
      pickerId: true,
      orderItem: { select: { order: { select: { number: true } } } },
    },
  });
  const first = events[0];
  if (!first) return null;
  if (first.sku !== sku || first.pickerId !== input.picker.id) {
    throw new AppError(
      "CONFLICT",
      "This pick's id (clientEventId) was already used for another pick.",
    );
  }
  const tote = await boundTote(tx, input.waveId, input.toteCode).catch(() => null);
  return {
    sku,
    toteCode: input.toteCode,
    position: tote?.position ?? 0,
    orderNumber: first.orderItem.order.number,
    picked: totalOf(events),
    nowReady: false,
    waveStatus: await settleWave(tx, input.waveId),
    replayed: true,
  };
}
