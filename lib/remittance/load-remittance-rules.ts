import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { remittanceColumns } from "@/lib/validation/remittance";
import { DEFAULT_REMITTANCE_RULES, type RemittanceRules } from "./courier-defaults";

/** Each courier's report headings and late threshold: what an admin saved, else the defaults. */
export async function loadRemittanceRules(): Promise<Record<CourierCode, RemittanceRules>> {
  const saved = await db.remittanceSetting.findMany({
    select: { courier: true, lateAfterDays: true, columns: true },
  });
  const rules = structuredClone(DEFAULT_REMITTANCE_RULES);
  for (const row of saved) {
    const columns = remittanceColumns.safeParse(row.columns);
    rules[row.courier] = {
      lateAfterDays: row.lateAfterDays,
      columns: columns.success ? columns.data : rules[row.courier].columns,
    };
  }
  return rules;
}
