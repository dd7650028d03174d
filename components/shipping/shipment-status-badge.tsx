import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/tracking/status-words";

const tone: Partial<Record<ShipmentStatus, string>> = {
  DELIVERED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  FAILED: "bg-red-50 text-red-800 ring-red-200",
  NDR: "bg-amber-50 text-amber-900 ring-amber-200",
  RTO_INITIATED: "bg-orange-50 text-orange-900 ring-orange-200",
  RTO_IN_TRANSIT: "bg-orange-50 text-orange-900 ring-orange-200",
  RTO_DELIVERED: "bg-slate-100 text-slate-700 ring-slate-200",
  CANCELLED: "bg-slate-100 text-slate-700 ring-slate-200",
  LOST: "bg-red-50 text-red-800 ring-red-200",
  DAMAGED: "bg-red-50 text-red-800 ring-red-200",
};

export function ShipmentStatusBadge({ status }: { status: ShipmentStatus }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${tone[status] ?? "bg-brand-50 text-brand-700 ring-brand-100"}`}
    >
      {statusLabel(status)}
    </span>
  );
}
