import { databaseErrorCode } from "@/lib/database-error-code";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { unknownProduct } from "./floor-sku";
import { totalOf } from "./split-quantity";

export interface AllocatePickInput {
  /** SKU or barcode, as scanned or typed */
  code: string;
  qty: number;
  /** the device's id for this pick; the same id sent again counts once */
  clientEventId: string;
  picker: { id: string; name: string };
}

export interface PickResult {
  sku: string;
  title: string;
  clientEventId: string;
  requested: number;
  picked: number;
  /** still to pick for this SKU after this pick */
  remaining: number;
  allocations: { orderNumber: string; qty: number }[];
  nowReady: string[];
  /** true when this clientEventId had already been applied: nothing new was recorded */
  replayed: boolean;
}

interface PickRow {
  sku: string;
  title: string;
  /** what the SKU still needed before this pick */
  before: number;
  /** what this clientEventId had already allocated; non-empty means a replay and nothing new */
  earlier: { orderNumber: string; qty: number }[];
  /** the pick first sent under this clientEventId (qty is null for picks made before it was kept) */
  earlierPick: { sku: string; qty: number | null; pickerId: string } | null;
  /** this pick's shares, oldest line first */
  shares: { orderNumber: string; qty: number }[];
  /** the orders the shares went to, readiness refreshed */
  orders: { number: string; nowReady: boolean }[];
}

/**
 * A picker took `qty` of a SKU off the shelf: the units go to the oldest open lines first
 * (FIFO by order time), never beyond what the lines still need, each share recorded as a pick
 * event; readiness and PLACED → PROCESSING follow in the same transaction. The whole pick is
 * one call of the database function `packline_pick` (migration
 * 20261122030000_pick_in_one_round_trip), so the SKU's floor lock is never held across a
 * network turn: under many pickers on the same SKUs, that window is what the next one waits for.
 */
export async function allocatePick(input: AllocatePickInput): Promise<PickResult> {
  const pick = await runPick(input);
  if (!pick) throw unknownProduct(input.code);
  const base = {
    sku: pick.sku,
    title: pick.title,
    clientEventId: input.clientEventId,
    requested: input.qty,
  };
  if (pick.earlierPick) {
    assertSamePick(pick.earlierPick, pick.sku, input);
    return {
      ...base,
      picked: totalOf(pick.earlier),
      remaining: pick.before,
      allocations: pick.earlier,
      nowReady: [],
      replayed: true,
    };
  }
  if (pick.shares.length === 0) {
    throw new AppError(
      "CONFLICT",
      `Nothing is left to pick for ${pick.sku}: every waiting order has it picked or marked short. Put the item back.`,
      { details: { sku: pick.sku, remaining: 0 } },
    );
  }
  return {
    ...base,
    picked: totalOf(pick.shares),
    remaining: pick.before - totalOf(pick.shares),
    allocations: pick.shares,
    nowReady: pick.orders.filter((o) => o.nowReady).map((o) => o.number),
    replayed: false,
  };
}

/**
 * A clientEventId names one pick. Sent again (a tablet replaying its queue) it answers the
 * first result; sent with another SKU, quantity or picker it is a different pick under a used
 * id, and answering it with the old allocations would tell the picker the wrong thing.
 */
function assertSamePick(
  earlier: NonNullable<PickRow["earlierPick"]>,
  sku: string,
  input: AllocatePickInput,
): void {
  const qtyDiffers = earlier.qty !== null && earlier.qty !== input.qty;
  if (earlier.sku === sku && !qtyDiffers && earlier.pickerId === input.picker.id) return;
  const was = `${earlier.qty ?? "some"} × ${earlier.sku}`;
  throw new AppError(
    "CONFLICT",
    `This pick's id (clientEventId) was already used for ${was}. A different pick needs a new id.`,
    { details: { clientEventId: input.clientEventId } },
  );
}

async function runPick(input: AllocatePickInput): Promise<PickRow | null> {
  try {
    const [row] = await db.$queryRaw<{ pick: PickRow | null }[]>`
      SELECT packline_pick(${input.code}, ${input.qty}::int, ${input.clientEventId},
        ${input.picker.id}) AS pick`;
    return row?.pick ?? null;
  } catch (error) {
    if (databaseErrorCode(error) !== LOCK_TIMEOUT) throw error;
    // Retryable: the device keeps the pick and sends it again with the same clientEventId.
    throw new AppError(
      "UNAVAILABLE",
      `Others are picking ${input.code} right now and your pick could not be recorded yet. It will be sent again.`,
      { cause: error },
    );
  }
}

// lock_not_available: packline_pick waited 10 s for the SKU's floor lock.
const LOCK_TIMEOUT = "55P03";
