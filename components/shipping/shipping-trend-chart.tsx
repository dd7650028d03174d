"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ShippingHealth } from "@/lib/dashboard/get-shipping-health";
import { useMounted } from "./use-mounted";

/** Parcels booked and delivered per IST day over the last 30 days. */
export function ShippingTrendChart({ trend }: { trend: ShippingHealth["trend"] }) {
  const mounted = useMounted();
  const data = trend.map((t) => ({ ...t, label: t.day.slice(5) }));
  return (
    <figure
      className="h-64 rounded-xl bg-white p-2 ring-1 ring-slate-200"
      aria-label="Bookings and deliveries per day"
      data-testid="shipping-trend-chart"
    >
      {mounted ? (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis allowDecimals={false} width={40} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend />
            <Line dataKey="booked" name="Booked" stroke="#2563eb" dot={false} />
            <Line dataKey="delivered" name="Delivered" stroke="#047857" dot={false} />
          </LineChart>
        </ResponsiveContainer>
      ) : null}
    </figure>
  );
}
