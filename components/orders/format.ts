import type { OrderStatus } from "@/lib/generated/prisma/enums";

const rupees = new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" });
const istDateTime = new Intl.DateTimeFormat("en-IN", {
  timeZone: "Asia/Kolkata",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

const istDate = new Intl.DateTimeFormat("en-IN", {
  timeZone: "Asia/Kolkata",
  weekday: "short",
  day: "numeric",
  month: "short",
});

/** A delivery promise is a day, not a moment: "Wed, 10 Dec" in India time. */
export function formatIstDay(iso: string): string {
  return istDate.format(new Date(iso));
}

export function formatPaise(paise: number): string {
  return rupees.format(paise / 100);
}

/** Times are stored in UTC and always shown in India time. */
export function formatIst(iso: string | Date): string {
  return `${istDateTime.format(new Date(iso))} IST`;
}

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  PLACED: "Placed",
  PROCESSING: "Processing",
  PACKED: "Packed",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
  RETURNED: "Returned",
};

export const ORDER_STATUS_TONE: Record<OrderStatus, string> = {
  PLACED: "bg-sky-100 text-sky-800 ring-sky-200",
  PROCESSING: "bg-amber-100 text-amber-900 ring-amber-200",
  PACKED: "bg-violet-100 text-violet-800 ring-violet-200",
  SHIPPED: "bg-indigo-100 text-indigo-800 ring-indigo-200",
  DELIVERED: "bg-emerald-100 text-emerald-800 ring-emerald-200",
  CANCELLED: "bg-slate-200 text-slate-700 ring-slate-300",
  RETURNED: "bg-rose-100 text-rose-800 ring-rose-200",
};
