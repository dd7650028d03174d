import type { z } from "zod";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import {
  storeFlatOrderSchema,
  storeNestedOrderLineSchema,
  storeProductSchema,
  type storeFlatPageSchema,
  type storeNestedPageSchema,
  type StoreOrderHeader,
} from "./store-order-schema";

const nestedLineOnly = storeNestedOrderLineSchema.pick({
  order_id: true,
  quantity: true,
  unit_price: true,
});

export interface ImportedLine {
  sku: string;
  title: string;
  category: string;
  subcategory: string | null;
  imageUrl: string | null;
  weightGrams: number | null;
  qty: number;
  unitPricePaise: number;
}

export interface ImportedOrder {
  externalId: string;
  number: string;
  storeStatus: string;
  placedAt: Date;
  updatedAt: Date;
  customerName: string;
  customerEmail: string | null;
  customerPhone: string;
  addressLine1: string;
  addressLine2: string | null;
  landmark: string | null;
  city: string;
  state: string;
  pincode: string;
  paymentMethod: "PREPAID" | "COD";
  paymentStatus: PaymentStatus;
  subtotalPaise: number;
  shippingPaise: number;
  discountPaise: number;
  taxPaise: number;
  totalPaise: number;
  lines: ImportedLine[];
}

export interface RejectedOrder {
  externalId: string | null;
  reason: string;
}

export interface NormalizedPage {
  orders: ImportedOrder[];
  rejected: RejectedOrder[];
}

const paymentStatus: Record<StoreOrderHeader["payment"]["status"], PaymentStatus> = {
  pending: "PENDING",
  paid: "PAID",
  failed: "FAILED",
  refunded: "REFUNDED",
};

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "order"}: ${i.message}`)
    .join("; ");
}

function idOf(raw: unknown): string | null {
  const id = (raw as { order_id?: unknown } | null)?.order_id;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
}

function fromHeader(h: StoreOrderHeader, lines: ImportedLine[]): ImportedOrder {
  return {
    externalId: h.order_id,
    number: h.order_number,
    storeStatus: h.status.toLowerCase(),
    placedAt: new Date(h.placed_at),
    updatedAt: new Date(h.updated_at),
    customerName: h.customer.name,
    customerEmail: h.customer.email ?? null,
    customerPhone: h.customer.phone,
    addressLine1: h.shipping_address.line1,
    addressLine2: h.shipping_address.line2 || null,
    landmark: h.shipping_address.landmark || null,
    city: h.shipping_address.city,
    state: h.shipping_address.state,
    pincode: h.shipping_address.pincode,
    paymentMethod: h.payment.method === "cod" ? "COD" : "PREPAID",
    paymentStatus: paymentStatus[h.payment.status],
    subtotalPaise: h.totals.subtotal,
    shippingPaise: h.totals.shipping,
    discountPaise: h.totals.discount,
    taxPaise: h.totals.tax,
    totalPaise: h.totals.total,
    lines: mergeLines(lines),
  };
}

/** The same SKU twice in one order becomes one line, so items stay unique per order and SKU. */
function mergeLines(lines: ImportedLine[]): ImportedLine[] {
  const bySku = new Map<string, ImportedLine>();
  for (const line of lines) {
    const seen = bySku.get(line.sku);
    if (seen) seen.qty += line.qty;
    else bySku.set(line.sku, { ...line });
  }
  return [...bySku.values()];
}

export function normalizeFlatPage(page: z.infer<typeof storeFlatPageSchema>): NormalizedPage {
  const out: NormalizedPage = { orders: [], rejected: [] };
  for (const raw of page.orders) {
    const parsed = storeFlatOrderSchema.safeParse(raw);
    if (!parsed.success) {
      out.rejected.push({ externalId: idOf(raw), reason: describe(parsed.error) });
      continue;
    }
    const lines = parsed.data.items.map((item) => ({
      sku: item.sku,
      title: item.title,
      category: item.category,
      subcategory: item.subcategory || null,
      imageUrl: item.image_url ?? null,
      weightGrams: item.weight_grams ?? null,
      qty: item.quantity,
      unitPricePaise: item.unit_price,
    }));
    out.orders.push(fromHeader(parsed.data, lines));
  }
  return out;
}

/**
 * The nested shape lists each order once per product it contains; lines are regrouped by
 * order id. An order with any invalid line (or a line under an invalid product) is rejected
 * whole: importing part of an order would ship the customer part of what they paid for.
 */
export function normalizeNestedPage(page: z.infer<typeof storeNestedPageSchema>): NormalizedPage {
  const headers = new Map<string, StoreOrderHeader>();
  const lines = new Map<string, ImportedLine[]>();
  const bad = new Map<string, string>();
  for (const category of page.categories) {
    for (const sub of category.subcategories) {
      for (const item of sub.items) {
        const product = storeProductSchema.safeParse(item);
        for (const raw of item.orders) {
          const id = idOf(raw);
          // The order's header repeats on each of its lines: validated in full on the first
          // line seen, later lines only for their own quantity and price.
          const full =
            id !== null && headers.has(id) ? null : storeNestedOrderLineSchema.safeParse(raw);
          const line = full ?? nestedLineOnly.safeParse(raw);
          if (!product.success || !line.success) {
            const why = !product.success
              ? `product ${String((item as { sku?: unknown }).sku ?? "?")}: ${describe(product.error)}`
              : describe(line.error!);
            if (id !== null && !bad.has(id)) bad.set(id, why);
            if (id === null) bad.set(`#${bad.size}`, why);
            continue;
          }
          if (full?.success) headers.set(full.data.order_id, full.data);
          const list = lines.get(line.data.order_id) ?? [];
          list.push({
            sku: product.data.sku,
            title: product.data.title,
            category: category.category,
            subcategory: sub.subcategory || null,
            imageUrl: product.data.image_url ?? null,
            weightGrams: product.data.weight_grams ?? null,
            qty: line.data.quantity,
            unitPricePaise: line.data.unit_price,
          });
          lines.set(line.data.order_id, list);
        }
      }
    }
  }
  const out: NormalizedPage = { orders: [], rejected: [] };
  for (const [id, reason] of bad)
    out.rejected.push({ externalId: id.startsWith("#") ? null : id, reason });
  for (const [id, header] of headers) {
    if (!bad.has(id)) out.orders.push(fromHeader(header, lines.get(id) ?? []));
  }
  return out;
}
