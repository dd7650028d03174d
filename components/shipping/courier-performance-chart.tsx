"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { CourierZoneRates } from "@/lib/dashboard/courier-rates";
import { ZONE_LABEL } from "@/lib/dashboard/zone";
import { useMounted } from "./use-mounted";

const SERIES = [
  { key: "onTimePercent", name: "On time %", fill: "#047857" },
  { key: "firstAttemptPercent", name: "First attempt %", fill: "#2563eb" },
  { key: "rtoPercent", name: "RTO %", fill: "#b91c1c" },
] as const;

/** On-time, first-attempt and RTO rates per courier and zone, one group of bars each. */
export function CourierPerformanceChart({ rows }: { rows: CourierZoneRates[] }) {
  const mounted = useMounted();
  const data = rows.map((r) => ({
    name: `${r.courier.charAt(0)}${r.courier.slice(1).toLowerCase()} · ${ZONE_LABEL[r.zone]}`,
    onTimePercent: r.onTimePercent,
    firstAttemptPercent: r.firstAttemptPercent,
    rtoPercent: r.rtoPercent,
  }));
  return (
    <figure
      className="rounded-xl bg-white p-2 ring-1 ring-slate-200"
      aria-label="Courier performance chart"
      data-testid="courier-performance-chart"
    >
      {mounted ? (
        // Bars run across, one band per courier and zone, so the names stay readable on a phone.
        <ResponsiveContainer width="100%" height={80 + data.length * 56}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
            <YAxis
              type="category"
              dataKey="name"
              width={120}
              interval={0}
              tick={{ fontSize: 11 }}
            />
            <Tooltip />
            <Legend />
            {SERIES.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.fill} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </figure>
  );
}
