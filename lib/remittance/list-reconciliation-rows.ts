import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { cursorKey, decodeCursor, encodeCursor, type Page } from "@/lib/http/pagination";
import type { ReconciliationState } from "@/lib/validation/remittance";
import { z } from "@/lib/validation/zod";
import { loadRemittanceRules } from "./load-remittance-rules";
import { reconciliationRows } from "./reconciliation-sql";

export interface ReconciliationRow {
  awb: string;
  courier: CourierCode;
  state: ReconciliationState;
  orderNumber: string | null;
  expectedPaise: number | null;
  remittedPaise: number | null;
  /** collected minus remitted: positive when the courier owes */
  differencePaise: number;
  deliveredAt: string | null;
  remittedAt: string | null;
  references: string | null;
  /** why an UNKNOWN AWB is not a delivered COD parcel */
  note: string | null;
}

export interface ListReconciliationRowsInput {
  state?: ReconciliationState;
  courier?: CourierCode;
  cursor?: string;
  limit: number;
  now?: Date;
}

const cursorShape = z.object({ awb: cursorKey.text }).strict();

/** One page of reconciliation rows in AWB order, filtered by state and courier. */
export async function listReconciliationRows(
  input: ListReconciliationRowsInput,
): Promise<Page<ReconciliationRow>> {
  const after = decodeCursor(input.cursor, cursorShape);
  const rules = await loadRemittanceRules();
  const scope = { rules, now: input.now ?? new Date(), state: input.state, courier: input.courier };
  const rows = await db.$queryRaw<RawRow[]>(Prisma.sql`
    SELECT rec.awb, rec.courier, rec.state, rec.number, rec.expected::text, rec.remitted::text,
      rec.delivered_at, rec.remitted_at, rec.refs,
      CASE WHEN rec.state <> 'UNKNOWN' THEN NULL
        WHEN s.id IS NULL THEN 'No parcel of Packline''s has this AWB'
        WHEN o."paymentMethod" <> 'COD' THEN 'Prepaid parcel: nothing to collect'
        WHEN s.direction <> 'FORWARD' THEN 'A return parcel'
        ELSE 'Parcel is ' || s.status::text || ', not delivered'
      END AS note
    FROM (${reconciliationRows(scope)}) rec
    LEFT JOIN "Shipment" s ON rec.state = 'UNKNOWN' AND s.awb = rec.awb
    LEFT JOIN "Order" o ON o.id = s."orderId"
    ${after ? Prisma.sql`WHERE rec.awb > ${after.awb}` : Prisma.empty}
    ORDER BY rec.awb
    LIMIT ${input.limit + 1}`);
  const items = rows.slice(0, input.limit).map(toRow);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ awb: last.awb }) : null,
  };
}

interface RawRow {
  awb: string;
  courier: CourierCode;
  state: ReconciliationState;
  number: string | null;
  expected: string | null;
  remitted: string | null;
  delivered_at: Date | null;
  remitted_at: Date | null;
  refs: string | null;
  note: string | null;
}

function toRow(r: RawRow): ReconciliationRow {
  const expected = r.expected === null ? null : Number(r.expected);
  const remitted = r.remitted === null ? null : Number(r.remitted);
  return {
    awb: r.awb,
    courier: r.courier,
    state: r.state,
    orderNumber: r.number,
    expectedPaise: expected,
    remittedPaise: remitted,
    differencePaise: (expected ?? 0) - (remitted ?? 0),
    deliveredAt: r.delivered_at?.toISOString() ?? null,
    remittedAt: r.remitted_at?.toISOString() ?? null,
    references: r.refs,
    note: r.note,
  };
}
