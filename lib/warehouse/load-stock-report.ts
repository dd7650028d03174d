import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { istDayRange, type IstDayRange } from "./ist-day-range";

export interface StockReportRow {
  sku: string;
  title: string;
  category: string | null;
  binLocation: string | null;
  qtyShort: number;
  reports: number;
  orderNumbers: string[];
  firstReportedAt: string;
  lastReportedAt: string;
}

export interface StockReport {
  range: { from: string; to: string };
  totals: { skus: number; unitsShort: number; orders: number; reports: number };
  rows: StockReportRow[];
}

type RawRow = Omit<StockReportRow, "firstReportedAt" | "lastReportedAt"> & {
  firstReportedAt: Date;
  lastReportedAt: Date;
};

const SCREEN_LIMIT = 2_000;

/**
 * Stock exceptions in an IST date range, one row per SKU: units short, how often it was
 * reported, and the distinct orders it left short. `afterSku` pages by SKU for the CSV export.
 */
export async function queryStockReportRows(options: {
  range: IstDayRange;
  orderBy: "shortest" | "sku";
  afterSku?: string;
  limit: number;
}): Promise<StockReportRow[]> {
  const { start, end } = options.range;
  const rows = await db.$queryRaw<RawRow[]>`
    WITH ex AS (
      SELECT sku, "productId", "productTitle", "qtyShort", "orderNumbers", "createdAt"
      FROM "StockException"
      WHERE "createdAt" >= ${start} AND "createdAt" < ${end}
        ${options.afterSku === undefined ? Prisma.empty : Prisma.sql`AND sku > ${options.afterSku}`}
    ), per_sku AS (
      SELECT sku, max("productTitle") AS title, max("productId") AS "productId",
             sum("qtyShort")::int AS "qtyShort", count(*)::int AS reports,
             min("createdAt") AS "firstReportedAt", max("createdAt") AS "lastReportedAt"
      FROM ex GROUP BY sku
      ORDER BY ${options.orderBy === "sku" ? Prisma.sql`sku` : Prisma.sql`sum("qtyShort") DESC, sku`}
      LIMIT ${options.limit}
    )
    SELECT s.sku, s.title, p.category, p."binLocation", s."qtyShort", s.reports,
           s."firstReportedAt", s."lastReportedAt",
           COALESCE((SELECT array_agg(DISTINCT n ORDER BY n)
                     FROM ex, unnest(ex."orderNumbers") AS n WHERE ex.sku = s.sku), '{}') AS "orderNumbers"
    FROM per_sku s LEFT JOIN "Product" p ON p.id = s."productId"
    ORDER BY ${options.orderBy === "sku" ? Prisma.sql`s.sku` : Prisma.sql`s."qtyShort" DESC, s.sku`}`;
  return rows.map((r) => ({
    ...r,
    firstReportedAt: r.firstReportedAt.toISOString(),
    lastReportedAt: r.lastReportedAt.toISOString(),
  }));
}

/** The out-of-stock report for the screen and the e-mail: biggest shortfall first. */
export async function loadStockReport(input: { from?: string; to?: string }): Promise<StockReport> {
  const range = istDayRange(input);
  const [rows, [totals]] = await Promise.all([
    queryStockReportRows({ range, orderBy: "shortest", limit: SCREEN_LIMIT }),
    db.$queryRaw<StockReport["totals"][]>`
      SELECT count(DISTINCT sku)::int AS skus, COALESCE(sum("qtyShort"), 0)::int AS "unitsShort",
             count(*)::int AS reports,
             (SELECT count(DISTINCT n)::int FROM "StockException" e, unnest(e."orderNumbers") n
              WHERE e."createdAt" >= ${range.start} AND e."createdAt" < ${range.end}) AS orders
      FROM "StockException"
      WHERE "createdAt" >= ${range.start} AND "createdAt" < ${range.end}`,
  ]);
  return {
    range: { from: range.from, to: range.to },
    totals: totals ?? { skus: 0, unitsShort: 0, orders: 0, reports: 0 },
    rows,
  };
}
