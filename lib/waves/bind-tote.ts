import { db, type Tx } from "@/lib/db";
import { databaseErrorCode } from "@/lib/database-error-code";
import { AppError } from "@/lib/errors/app-error";
import type { BindToteBody } from "@/lib/validation/waves";
import { lockOpenWave } from "./lock-open-wave";

export interface BindToteInput extends BindToteBody {
  waveId: string;
}

export interface BoundTote {
  toteCode: string;
  position: number;
  orderNumber: string;
}

/**
 * The picker scans a tote on the wave's cart: it takes the order named, or else the wave's
 * oldest order still without a tote (the suggestion on screen). A tote holds one open order and
 * an order sits in one tote (partial unique index WaveOrder_open_tote_key backs the checks).
 */
export async function bindTote(input: BindToteInput): Promise<BoundTote> {
  try {
    return await db.$transaction((tx) => bind(tx, input));
  } catch (error) {
    if (databaseErrorCode(error) !== "23505") throw error;
    throw new AppError(
      "CONFLICT",
      `Tote ${input.toteCode} was just given another order. Scan again.`,
    );
  }
}

async function bind(tx: Tx, input: BindToteInput): Promise<BoundTote> {
  const wave = await lockOpenWave(tx, input.waveId);
  const tote = await tx.tote.findUnique({
    where: { code: input.toteCode },
    select: { id: true, cartId: true, position: true, waveOrders: holding },
  });
  if (!tote || tote.cartId !== wave.cartId) {
    throw new AppError(
      "CONFLICT",
      `${input.toteCode} is not a tote on this wave's cart. Use a tote from the cart.`,
    );
  }
  const orders = await tx.waveOrder.findMany({
    where: { waveId: wave.id, open: true },
    select: { id: true, toteId: true, order: { select: { number: true } } },
    orderBy: { slot: "asc" },
  });
  const target = input.orderNumber
    ? orders.find((o) => o.order.number === input.orderNumber)
    : orders.find((o) => o.toteId === null);
  if (!target) {
    throw new AppError(
      "CONFLICT",
      input.orderNumber
        ? `Order ${input.orderNumber} is not waiting in this wave.`
        : "Every order in this wave already has a tote.",
    );
  }
  const held = tote.waveOrders[0];
  if (held && held.id === target.id) return result(input.toteCode, tote.position, target);
  if (held) {
    throw new AppError(
      "CONFLICT",
      `Tote ${tote.position} already holds order ${held.order.number}. Use an empty tote.`,
    );
  }
  if (target.toteId) {
    throw new AppError("CONFLICT", `Order ${target.order.number} already has a tote.`);
  }
  await tx.waveOrder.update({
    where: { id: target.id },
    data: { toteId: tote.id },
    select: { id: true },
  });
  await tx.wave.updateMany({
    where: { id: wave.id, status: "RELEASED" },
    data: { status: "PICKING" },
  });
  return result(input.toteCode, tote.position, target);
}

const holding = {
  where: { open: true },
  select: { id: true, order: { select: { number: true } } },
} as const;

function result(toteCode: string, position: number, target: { order: { number: string } }) {
  return { toteCode, position, orderNumber: target.order.number };
}
