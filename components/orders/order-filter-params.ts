import { ORDER_STATUSES } from "@/lib/orders/order-status";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

// The dashboard's filters live in the URL, so a reload or a shared link shows the same list.
export const FILTER_KEYS = [
  "status",
  "from",
  "to",
  "courier",
  "payment",
  "shipmentFailed",
  "partial",
  "ndrOpen",
  "risk",
  "confirmation",
  "q",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function filtersFrom(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function toSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}

export function statusesOf(filters: Filters): OrderStatus[] {
  const chosen = (filters.status ?? "").split(",");
  return ORDER_STATUSES.filter((s) => chosen.includes(s));
}

export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((k) => k !== "q" && filters[k]).length;
}
