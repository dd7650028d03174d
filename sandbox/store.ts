import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Router, SandboxRequest, SandboxResponse } from "./http";
import { generateStoreOrders } from "./store-generator";

// The store's order API (contract: lib/orders/import/README.md): GET /store/v1/orders, paginated,
// behind an API key, in the nested category → subcategory → item → orders shape or flat.
// Orders are plain JSON so tests can inject malformed ones through the control API.
type RawOrder = Record<string, unknown>;

interface StoreState {
  apiKey: string;
  shape: "nested" | "flat";
  maxPerPage: number;
  orders: RawOrder[];
  /** cache of the orders in page order; cleared whenever orders change */
  sorted: RawOrder[] | null;
  requests: number;
}

// A fresh store holds a couple of dozen orders so "Sync now" in the demo has something to import.
function freshState(): StoreState {
  return {
    apiKey: "sandbox-store-key",
    shape: "nested",
    maxPerPage: 500,
    orders: generateStoreOrders({ count: 24 }) as unknown as RawOrder[],
    sorted: null,
    requests: 0,
  };
}

const generateSchema = z.object({
  count: z.number().int().min(0).max(200_000),
  seed: z.number().int().optional(),
  offset: z.number().int().min(0).optional(),
  startAt: z.iso.datetime().optional(),
  mix: z.enum(["realistic", "importable"]).optional(),
  bad: z.array(z.number().int().min(0)).optional(),
  append: z.boolean().optional(),
});

const configSchema = z.object({
  apiKey: z.string().min(1).optional(),
  shape: z.enum(["nested", "flat"]).optional(),
  maxPerPage: z.number().int().min(1).max(5_000).optional(),
});

function authorized(state: StoreState, req: SandboxRequest): boolean {
  const given =
    String(req.headers["x-api-key"] ?? "") ||
    String(req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
  const a = Buffer.from(given);
  const b = Buffer.from(state.apiKey);
  return a.length === b.length && timingSafeEqual(a, b);
}

const sortKey = (o: RawOrder) => `${String(o.updated_at ?? "")}|${String(o.order_id ?? "")}`;

/** Orders by (updated_at, order_id), the store's page order; re-sorted only after a change. */
function sorted(state: StoreState): RawOrder[] {
  if (!state.sorted) {
    const keyed = state.orders.map((o) => [sortKey(o), o] as const);
    keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    state.sorted = keyed.map(([, o]) => o);
  }
  return state.sorted;
}

/** Regroups a page of flat orders into the nested shape, each order repeated per product. */
function nest(orders: RawOrder[]) {
  const categories = new Map<
    string,
    Map<string, Map<string, { product: RawOrder; orders: RawOrder[] }>>
  >();
  for (const order of orders) {
    const { items, ...header } = order;
    for (const item of Array.isArray(items) ? (items as RawOrder[]) : []) {
      const { category, subcategory, quantity, unit_price, ...product } = item;
      const subs = categories.get(String(category)) ?? new Map();
      categories.set(String(category), subs);
      const skus = subs.get(String(subcategory ?? "")) ?? new Map();
      subs.set(String(subcategory ?? ""), skus);
      const entry = skus.get(String(product.sku)) ?? { product, orders: [] };
      skus.set(String(product.sku), entry);
      entry.orders.push({ ...header, quantity, unit_price });
    }
  }
  return [...categories].map(([category, subs]) => ({
    category,
    subcategories: [...subs].map(([subcategory, skus]) => ({
      subcategory: subcategory || null,
      items: [...skus.values()].map((e) => ({ ...e.product, orders: e.orders })),
    })),
  }));
}

function listOrders(state: StoreState, req: SandboxRequest): SandboxResponse {
  state.requests++;
  if (!authorized(state, req))
    return { status: 401, body: { error: "invalid_api_key", message: "Invalid API key" } };
  const page = Math.max(1, Number(req.query.get("page") ?? 1) || 1);
  const perPage = Math.min(
    state.maxPerPage,
    Math.max(1, Number(req.query.get("per_page") ?? 50) || 50),
  );
  const since = req.query.get("updated_since");
  const matching = since
    ? sorted(state).filter((o) => String(o.updated_at ?? "") >= since)
    : sorted(state);
  const totalPages = Math.ceil(matching.length / perPage);
  const slice = matching.slice((page - 1) * perPage, page * perPage);
  const pagination = {
    page,
    per_page: perPage,
    total_pages: totalPages,
    total_orders: matching.length,
    next_page: page < totalPages ? page + 1 : null,
  };
  const shape = req.query.get("shape") ?? state.shape;
  return {
    body:
      shape === "flat" ? { orders: slice, pagination } : { categories: nest(slice), pagination },
  };
}

export function mountStore(router: Router): void {
  const state = freshState();
  router
    .on("GET", "/store/v1/orders", (req) => listOrders(state, req))
    .on("GET", "/_control/store", () => ({
      body: {
        shape: state.shape,
        maxPerPage: state.maxPerPage,
        orders: state.orders.length,
        requests: state.requests,
      },
    }))
    .on("POST", "/_control/store/config", (req) => {
      const parsed = configSchema.safeParse(req.json());
      if (!parsed.success) return { status: 400, body: { error: parsed.error.issues } };
      Object.assign(state, parsed.data);
      return { body: { shape: state.shape, maxPerPage: state.maxPerPage } };
    })
    .on("POST", "/_control/store/generate", (req) => {
      const parsed = generateSchema.safeParse(req.json());
      if (!parsed.success) return { status: 400, body: { error: parsed.error.issues } };
      const fresh = generateStoreOrders(parsed.data) as unknown as RawOrder[];
      state.orders = parsed.data.append ? [...state.orders, ...fresh] : fresh;
      state.sorted = null;
      return { status: 201, body: { orders: state.orders.length } };
    })
    // Raw orders as given, valid or not: how tests inject a malformed order.
    .on("POST", "/_control/store/orders", (req) => {
      const body = req.json<{ orders?: unknown }>();
      if (!Array.isArray(body.orders)) return { status: 400, body: { error: "orders[] required" } };
      state.orders.push(...(body.orders as RawOrder[]));
      state.sorted = null;
      return { status: 201, body: { orders: state.orders.length } };
    })
    .on("POST", "/_control/store/orders/:id/status", (req) => {
      const order = state.orders.find((o) => String(o.order_id) === req.params.id);
      if (!order) return { status: 404, body: { error: "no such order" } };
      const { status } = req.json<{ status?: string }>();
      order.status = String(status);
      order.updated_at = new Date().toISOString();
      state.sorted = null;
      return { body: order };
    })
    .on("DELETE", "/_control/store", () => {
      Object.assign(state, freshState(), { orders: [] });
      return { body: { orders: 0 } };
    });
}
