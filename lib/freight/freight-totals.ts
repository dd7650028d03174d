import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CourierCode } from "@/lib/generated/prisma/enums";

export interface FreightMonth {
  /** the IST month, YYYY-MM */
  month: string;
  courier: CourierCode;
  accountName: string;
  parcels: number;
  flagged: number;
  /** parcels whose freight the courier stated (billing file, order record); money sums are over these */
  billed: number;
  chargedPaise: number;
  expectedPaise: number;
  /** what was billed above the quote, parcel by parcel (an undercharge does not offset it) */
  overchargePaise: number;
}

const MONTHS = 12;

/** Freight charged vs expected per courier account and IST month of the charge, newest first. */
export async function freightTotals(now = new Date()): Promise<FreightMonth[]> {
  const since = new Date(now.getTime() - MONTHS * 31 * 86_400_000);
  const rows = await db.$queryRaw<
    {
      month: string;
      courier: CourierCode;
      accountName: string;
      parcels: bigint;
      flagged: bigint;
      billed: bigint;
      charged: bigint | null;
      expected: bigint | null;
      over: bigint | null;
    }[]
  >(Prisma.sql`
    SELECT to_char(f."chargedAt" AT TIME ZONE 'Asia/Kolkata', 'YYYY-MM') AS month,
           a.courier, a.name AS "accountName",
           count(*) AS parcels,
           count(*) FILTER (WHERE f.flagged) AS flagged,
           count(*) FILTER (WHERE f."chargedPaise" IS NOT NULL) AS billed,
           sum(f."chargedPaise") AS charged,
           sum(COALESCE(f."expectedPaise", 0)) FILTER (WHERE f."chargedPaise" IS NOT NULL) AS expected,
           sum(GREATEST(f."chargedPaise" - COALESCE(f."expectedPaise", 0), 0)) AS over
    FROM "FreightCheck" f JOIN "CourierAccount" a ON a.id = f."courierAccountId"
    WHERE f."chargedAt" >= ${since}
    GROUP BY 1, 2, 3
    ORDER BY 1 DESC, 2, 3`);
  return rows.map((r) => ({
    month: r.month,
    courier: r.courier,
    accountName: r.accountName,
    parcels: Number(r.parcels),
    flagged: Number(r.flagged),
    billed: Number(r.billed),
    chargedPaise: Number(r.charged ?? 0),
    expectedPaise: Number(r.expected ?? 0),
    overchargePaise: Number(r.over ?? 0),
  }));
}
