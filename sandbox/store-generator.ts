import { catalog } from "../prisma/seed/catalog";
import { firstNames, lastNames, places, streets } from "../prisma/seed/people";
import { rng } from "../prisma/seed/random";
import type { StoreFlatOrder } from "../lib/orders/import/store-order-schema";

// Deterministic store orders for the sandbox: the same seed gives the same orders everywhere.
export interface GenerateOptions {
  count: number;
  seed?: number;
  /** first order number and id offset, so a second batch can add new orders */
  offset?: number;
  startAt?: string;
  /** "realistic" mixes in unpaid and cancelled orders; "importable" only paid or COD */
  mix?: "realistic" | "importable";
  /** 0-based indexes of orders to corrupt (bad pincode, phone or quantity) */
  bad?: number[];
}

const rupees = (paise: number) => Math.round(paise) / 100;

function phoneSpelling(r: ReturnType<typeof rng>): string {
  const digits = `${r.pick(["9", "8", "7", "6"])}${r.int(100000000, 999999999)}`;
  return r.pick([digits, `+91 ${digits.slice(0, 5)} ${digits.slice(5)}`, `0${digits}`]);
}

function corrupt(order: StoreFlatOrder, n: number): StoreFlatOrder {
  const defect = n % 3;
  if (defect === 0)
    return { ...order, shipping_address: { ...order.shipping_address, pincode: "12A45" } };
  if (defect === 1) return { ...order, customer: { ...order.customer, phone: "12345" } };
  return { ...order, items: order.items.map((i) => ({ ...i, quantity: 0 })) };
}

export function generateStoreOrders(options: GenerateOptions): StoreFlatOrder[] {
  const r = rng(options.seed ?? 4242);
  const offset = options.offset ?? 0;
  const start = Date.parse(options.startAt ?? "2026-11-20T00:00:00.000Z");
  const bad = new Set(options.bad ?? []);
  return Array.from({ length: options.count }, (_, i) => {
    const n = offset + i;
    const placed = new Date(start + n * 37_000);
    const place = r.pick(places);
    const first = r.pick(firstNames);
    const last = r.pick(lastNames);
    const cod = r.chance(0.35);
    const products = Array.from({ length: r.int(1, 4) }, () => r.pick(catalog)).filter(
      (p, k, all) => all.indexOf(p) === k,
    );
    const items = products.map((p) => ({
      sku: p.sku,
      title: p.title,
      category: p.category,
      subcategory: p.subcategory,
      image_url: `https://cdn.store.example/img/${p.sku.toLowerCase()}.jpg`,
      weight_grams: p.weightGrams,
      quantity: r.int(1, 3),
      unit_price: rupees(p.pricePaise),
    }));
    const subtotal = items.reduce(
      (sum, it) => sum + Math.round(it.unit_price * 100) * it.quantity,
      0,
    );
    const shipping = subtotal >= 49_900 ? 0 : 4_900;
    const discount = r.chance(0.2) ? 5_000 : 0;
    const roll = r.next();
    const status =
      options.mix === "importable" || roll > 0.08
        ? cod
          ? "confirmed"
          : "paid"
        : roll > 0.03
          ? "pending_payment"
          : "cancelled";
    const order: StoreFlatOrder = {
      order_id: String(7_000_000 + n),
      order_number: `CC-${100_000 + n}`,
      status,
      placed_at: placed.toISOString(),
      updated_at: new Date(placed.getTime() + 5_000).toISOString(),
      customer: {
        name: `${first} ${last}`,
        email: `${first}.${last}${n}@example.in`.toLowerCase(),
        phone: phoneSpelling(r),
      },
      shipping_address: {
        line1: `${r.int(1, 220)}, ${r.pick(streets)}`,
        line2: r.chance(0.5) ? `Flat ${r.int(101, 1204)}` : null,
        landmark: r.chance(0.3) ? "Near metro station" : null,
        city: place.city,
        state: place.state,
        pincode: place.pincode,
        country: "IN",
      },
      payment: {
        method: cod ? "cod" : "prepaid",
        status:
          status === "paid" ? "paid" : status === "cancelled" && !cod ? "refunded" : "pending",
      },
      totals: {
        subtotal: rupees(subtotal),
        shipping: rupees(shipping),
        discount: rupees(discount),
        tax: 0,
        total: rupees(subtotal + shipping - discount),
      },
      items,
    };
    return bad.has(i) ? corrupt(order, n) : order;
  });
}
