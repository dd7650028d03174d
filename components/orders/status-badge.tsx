import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { ORDER_STATUS_LABEL, ORDER_STATUS_TONE } from "./format";

export function StatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span
      data-testid="order-status"
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${ORDER_STATUS_TONE[status]}`}
    >
      {ORDER_STATUS_LABEL[status]}
    </span>
  );
}

export function FlagBadge({ tone, children }: { tone: "red" | "amber" | "sky"; children: string }) {
  const tones = {
    red: "bg-red-100 text-red-800",
    amber: "bg-amber-100 text-amber-900",
    sky: "bg-sky-100 text-sky-900",
  };
  return (
    <span
      className={`rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
