import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { ReconciliationState } from "@/lib/validation/remittance";
import { loadRemittanceRules } from "./load-remittance-rules";
import { reconciliationRows } from "./reconciliation-sql";

export interface ReconciliationTotals {
  courier: CourierCode;
  state: ReconciliationState;
  parcels: number;
  /** COD collected on those parcels (0 for UNKNOWN) */
  expectedPaise: number;
  remittedPaise: number;
}

export interface ReconciliationSummary {
  totals: ReconciliationTotals[];
  lateAfterDays: Record<CourierCode, number>;
}

/** Parcels and rupees per courier and state, for the reconciliation screen's summary. */
export async function loadReconciliationSummary(
  options: { now?: Date } = {},
): Promise<ReconciliationSummary> {
  const rules = await loadRemittanceRules();
  const rows = await db.$queryRaw<
    {
      courier: CourierCode;
      state: ReconciliationState;
      parcels: number;
      expected: string;
      remitted: string;
    }[]
  >(Prisma.sql`
    SELECT courier, state, count(*)::int AS parcels,
      coalesce(sum(expected), 0)::text AS expected, coalesce(sum(remitted), 0)::text AS remitted
    FROM (${reconciliationRows({ rules, now: options.now ?? new Date() })}) rec
    GROUP BY courier, state ORDER BY courier, state`);
  return {
    totals: rows.map((r) => ({
      courier: r.courier,
      state: r.state,
      parcels: r.parcels,
      expectedPaise: Number(r.expected),
      remittedPaise: Number(r.remitted),
    })),
    lateAfterDays: Object.fromEntries(
      Object.entries(rules).map(([c, r]) => [c, r.lateAfterDays]),
    ) as Record<CourierCode, number>,
  };
}
