import { db } from "@/lib/db";
import type { WaveStatus } from "@/lib/generated/prisma/enums";
import { OPEN_WAVE_STATUSES } from "./open-wave";

export interface CartSummary {
  id: string;
  name: string;
  toteCount: number;
  openWave: { id: string; status: WaveStatus; orders: number } | null;
}

/** Every cart with its open wave, if any: the ops screen and the picker's choice of wave. */
export async function listCarts(): Promise<CartSummary[]> {
  const carts = await db.cart.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      toteCount: true,
      waves: {
        where: { status: { in: OPEN_WAVE_STATUSES } },
        select: { id: true, status: true, _count: { select: { orders: true } } },
      },
    },
  });
  return carts.map((c) => {
    const wave = c.waves[0];
    return {
      id: c.id,
      name: c.name,
      toteCount: c.toteCount,
      openWave: wave ? { id: wave.id, status: wave.status, orders: wave._count.orders } : null,
    };
  });
}
