import { z } from "zod";
import { indianPhone } from "@/lib/validation/indian-contact";

// The store's order API contract (documented in lib/orders/import/README.md). Shared by the
// importer, which validates every page and every order against it, and by the sandbox store.
// Amounts arrive in rupees (number or decimal string, at most 2 decimals) and leave as paise.

const rupees = z
  .union([z.number(), z.string().regex(/^\d+(\.\d{1,2})?$/, "must be a decimal rupee amount")])
  .transform((v, ctx) => {
    const paise = Math.round(Number(v) * 100);
    if (!Number.isFinite(paise) || paise < 0 || Math.abs(paise - Number(v) * 100) > 1e-6) {
      ctx.addIssue({ code: "custom", message: "must be a rupee amount with at most 2 decimals" });
      return z.NEVER;
    }
    return paise;
  });

export const storeCustomerSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).nullish(),
  phone: indianPhone,
});

export const storeAddressSchema = z.object({
  line1: z.string().trim().min(1).max(300),
  line2: z.string().trim().max(300).nullish(),
  landmark: z.string().trim().max(200).nullish(),
  city: z.string().trim().min(1).max(100),
  state: z.string().trim().min(1).max(100),
  pincode: z.string().regex(/^[1-9]\d{5}$/, "must be a 6-digit Indian pincode"),
  country: z.literal("IN").default("IN"),
});

export const storePaymentSchema = z.object({
  method: z.enum(["prepaid", "cod"]),
  status: z.enum(["pending", "paid", "failed", "refunded"]),
});

export const storeTotalsSchema = z.object({
  subtotal: rupees,
  shipping: rupees.default(0),
  discount: rupees.default(0),
  tax: rupees.default(0),
  total: rupees,
});

/** The order-level fields every order carries, in both shapes. */
export const storeOrderHeaderSchema = z.object({
  order_id: z.string().trim().min(1).max(100),
  order_number: z.string().trim().min(1).max(50),
  status: z.string().trim().min(1).max(50),
  placed_at: z.iso.datetime({ offset: true }),
  updated_at: z.iso.datetime({ offset: true }),
  customer: storeCustomerSchema,
  shipping_address: storeAddressSchema,
  payment: storePaymentSchema,
  totals: storeTotalsSchema,
});

export const storeProductSchema = z.object({
  sku: z.string().trim().min(1).max(64),
  title: z.string().trim().min(1).max(300),
  image_url: z.url().nullish(),
  weight_grams: z.number().int().min(0).max(100_000).nullish(),
});

export const storeFlatItemSchema = storeProductSchema.extend({
  category: z.string().trim().min(1).max(100),
  subcategory: z.string().trim().max(100).nullish(),
  quantity: z.number().int().min(1).max(10_000),
  unit_price: rupees,
});

/** Flat shape: one entry per order with its lines. */
export const storeFlatOrderSchema = storeOrderHeaderSchema.extend({
  items: z.array(storeFlatItemSchema).min(1).max(500),
});

/** Nested shape: category → subcategory → item (product) → the orders that contain it. */
export const storeNestedOrderLineSchema = storeOrderHeaderSchema.extend({
  quantity: z.number().int().min(1).max(10_000),
  unit_price: rupees,
});

export const storePaginationSchema = z.object({
  page: z.number().int().min(1),
  per_page: z.number().int().min(1),
  total_pages: z.number().int().min(0),
  total_orders: z.number().int().min(0),
  next_page: z.number().int().min(2).nullable(),
});

// Pages are validated loosely here (orders stay `unknown`) so that one malformed order is
// reported and skipped instead of failing the whole page; each order is parsed on its own.
export const storeFlatPageSchema = z.object({
  orders: z.array(z.unknown()),
  pagination: storePaginationSchema,
});

export const storeNestedPageSchema = z.object({
  categories: z.array(
    z.object({
      category: z.string().trim().min(1).max(100),
      subcategories: z.array(
        z.object({
          subcategory: z.string().trim().max(100).nullable(),
          // each item is a product (storeProductSchema) plus the orders that contain it
          items: z.array(z.object({ orders: z.array(z.unknown()) }).loose()),
        }),
      ),
    }),
  ),
  pagination: storePaginationSchema,
});

export type StoreFlatOrder = z.input<typeof storeFlatOrderSchema>;
export type StoreNestedOrderLine = z.input<typeof storeNestedOrderLineSchema>;
export type StoreProduct = z.input<typeof storeProductSchema>;
export type StorePagination = z.infer<typeof storePaginationSchema>;
export type StoreOrderHeader = z.output<typeof storeOrderHeaderSchema>;
