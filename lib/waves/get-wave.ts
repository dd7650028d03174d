import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { WaveStatus } from "@/lib/generated/prisma/enums";
import { walkingOrder } from "./bin-path";

export interface WaveOrderView {
  orderNumber: string;
  slot: number;
  tote: { code: string; position: number } | null;
  open: boolean;
}

export interface WaveStop {
  sku: string;
  title: string;
  binLocation: string | null;
  /** one drop per order still needing the SKU: "Tote 3 ← 2 units" */
  drops: { orderNumber: string; slot: number; tote: WaveOrderView["tote"]; qty: number }[];
}

export interface WaveView {
  id: string;
  status: WaveStatus;
  cartName: string;
  toteCount: number;
  releasedAt: string;
  orders: WaveOrderView[];
  /** the bins still to visit, in walking order (lib/waves/bin-path.ts) */
  stops: WaveStop[];
  unitsLeft: number;
}

/** One wave as its picker sees it: orders with their totes, and the stops left to walk. */
export async function getWave(waveId: string): Promise<WaveView> {
  const wave = await db.wave.findUnique({
    where: { id: waveId },
    select: {
      id: true,
      status: true,
      releasedAt: true,
      cart: { select: { name: true, toteCount: true } },
      orders: {
        orderBy: { slot: "asc" },
        select: {
          slot: true,
          open: true,
          tote: { select: { code: true, position: true } },
          order: {
            select: {
              number: true,
              items: {
                select: {
                  sku: true,
                  title: true,
                  qtyOrdered: true,
                  qtyPicked: true,
                  qtyShort: true,
                  product: { select: { binLocation: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!wave) throw new AppError("NOT_FOUND", "No wave has that id. Choose a wave from the list.");
  const stops = new Map<string, WaveStop>();
  for (const wo of wave.orders.filter((o) => o.open)) {
    for (const item of wo.order.items) {
      const qty = item.qtyOrdered - item.qtyPicked - item.qtyShort;
      if (qty <= 0) continue;
      const stop = stops.get(item.sku) ?? {
        sku: item.sku,
        title: item.title,
        binLocation: item.product.binLocation,
        drops: [],
      };
      stop.drops.push({ orderNumber: wo.order.number, slot: wo.slot, tote: wo.tote, qty });
      stops.set(item.sku, stop);
    }
  }
  const path = walkingOrder([...stops.values()], (s) => s.binLocation);
  return {
    id: wave.id,
    status: wave.status,
    cartName: wave.cart.name,
    toteCount: wave.cart.toteCount,
    releasedAt: wave.releasedAt.toISOString(),
    orders: wave.orders.map((o) => ({
      orderNumber: o.order.number,
      slot: o.slot,
      tote: o.tote,
      open: o.open,
    })),
    stops: path,
    unitsLeft: path.reduce((n, s) => n + s.drops.reduce((m, d) => m + d.qty, 0), 0),
  };
}
