import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseErrorCode } from "@/lib/database-error-code";
import { AppError } from "@/lib/errors/app-error";
import { lockSku } from "@/lib/warehouse/floor-sku";
import { onFloor } from "@/lib/warehouse/on-floor";
import { OPEN_WAVE_STATUSES } from "./open-wave";

export interface ReleaseWaveInput {
  cartId: string;
  releasedBy: { id: string };
}

export interface ReleasedWave {
  waveId: string;
  cartName: string;
  /** the wave's orders, oldest first; slot n is suggested for tote n */
  orders: { orderNumber: string; slot: number }[];
}

/**
 * Ops release a wave onto a free cart: the oldest pickable orders (FIFO by placing time, as
 * whole-list picking ranks them), as many as the cart has totes. Pickable here means on the floor
 * (on-floor.ts: open, not held for COD confirmation) with nothing picked or shorted yet: an order whole-list picking has started keeps
 * its units on that path rather than being split between a pile and a tote.
 *
 * Releases run one at a time (a transaction-scoped advisory lock), so two releases never read
 * the same free orders; the partial unique indexes on WaveOrder and Wave back that up. A
 * whole-list pick of one of the chosen orders is kept out by the floor lock of every SKU the
 * wave takes: once they are held, the orders are read again and any a pick has touched drop out.
 */
export async function releaseWave(input: ReleaseWaveInput): Promise<ReleasedWave> {
  try {
    return await db.$transaction((tx) => release(tx, input), RELEASE_TX);
  } catch (error) {
    if (databaseErrorCode(error) !== UNIQUE_VIOLATION) throw error;
    throw new AppError(
      "CONFLICT",
      "This cart already has an open wave. Finish or cancel it first.",
    );
  }
}

async function release(tx: Tx, input: ReleaseWaveInput): Promise<ReleasedWave> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('wave-release', 0))`;
  const cart = await tx.cart.findUnique({
    where: { id: input.cartId },
    select: { id: true, name: true, toteCount: true, waves: openWaves },
  });
  if (!cart) throw new AppError("NOT_FOUND", "No cart has that id. Pick a cart from the list.");
  if (cart.waves.length > 0) {
    throw new AppError(
      "CONFLICT",
      `Cart ${cart.name} already has an open wave. Finish or cancel it first.`,
    );
  }
  // Read unlocked first: a pick holds its SKU's lock while it waits for order rows, so the wave
  // takes the SKU locks before any order row.
  const candidates = await pickableOrders(tx, cart.toteCount, null);
  const skus = await skusOf(tx, candidates);
  for (const sku of skus) await lockSku(tx, sku);
  // A new statement: sees every pick or short committed before the SKU locks were granted.
  const orders = await pickableOrders(tx, cart.toteCount, candidates);
  if (orders.length === 0) {
    throw new AppError(
      "CONFLICT",
      "No order is waiting to be picked, so there is no wave to release.",
    );
  }
  const wave = await tx.wave.create({
    data: {
      cartId: cart.id,
      releasedById: input.releasedBy.id,
      orders: { createMany: { data: orders.map((o, i) => ({ orderId: o.id, slot: i + 1 })) } },
    },
    select: { id: true },
  });
  return {
    waveId: wave.id,
    cartName: cart.name,
    orders: orders.map((o, i) => ({ orderNumber: o.number, slot: i + 1 })),
  };
}

const openWaves = { where: { status: { in: OPEN_WAVE_STATUSES } }, select: { id: true } };

/**
 * The oldest untouched open orders in no open wave. Given `among` (the candidates, read again
 * under the SKU locks), only those, and locked.
 */
async function pickableOrders(
  tx: Tx,
  limit: number,
  among: { id: string }[] | null,
): Promise<{ id: string; number: string }[]> {
  const ids = among?.map((o) => o.id) ?? null;
  return tx.$queryRaw<{ id: string; number: string }[]>`
    SELECT o.id, o.number FROM "Order" o
    WHERE ${onFloor("o")} AND NOT o."readyToPack" AND NOT o."onHold"
      AND (${ids}::text[] IS NULL OR o.id = ANY(${ids}::text[]))
      AND NOT EXISTS (SELECT 1 FROM "WaveOrder" w WHERE w."orderId" = o.id AND w."open")
      AND EXISTS (SELECT 1 FROM "OrderItem" i WHERE i."orderId" = o.id)
      AND NOT EXISTS (SELECT 1 FROM "OrderItem" i
                      WHERE i."orderId" = o.id AND i."qtyPicked" + i."qtyShort" > 0)
    ORDER BY o."placedAt", o.id
    LIMIT ${limit}
    ${among ? Prisma.sql`FOR UPDATE OF o` : Prisma.empty}`;
}

async function skusOf(tx: Tx, orders: { id: string }[]): Promise<string[]> {
  const rows = await tx.$queryRaw<{ sku: string }[]>`
    SELECT DISTINCT sku FROM "OrderItem" WHERE "orderId" = ANY(${orders.map((o) => o.id)}::text[])
    ORDER BY sku`;
  return rows.map((r) => r.sku);
}

const UNIQUE_VIOLATION = "23505";
const RELEASE_TX = { maxWait: 10_000, timeout: 20_000 } as const;
