import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Turns the dashboard's one search box into exact, indexed lookups: order number, email, phone
 * (any spelling, matched on its last 10 digits) or AWB. Each kind only joins the OR when the text
 * could be one, so PostgreSQL answers with a BitmapOr of index scans, never a table scan.
 */
export async function searchOrdersWhere(text: string): Promise<Prisma.OrderWhereInput> {
  const q = text.trim();
  const or: Prisma.OrderWhereInput[] = [];
  const numbers = new Set([q, q.toUpperCase()]);
  if (/^\d{4,}$/.test(q)) numbers.add(`PL-${q}`);
  or.push({ number: { in: [...numbers] } });
  if (q.includes("@")) or.push({ customerEmail: { in: [...new Set([q, q.toLowerCase()])] } });
  const digits = q.replace(/\D/g, "");
  if (digits.length >= 10 && /^[\d\s+()-]+$/.test(q)) {
    or.push({ customerPhone: `+91${digits.slice(-10)}` });
  }
  if (/^[A-Za-z0-9-]{6,40}$/.test(q)) {
    // AWB first, on its own unique index, so the order query stays a plain id lookup.
    const shipments = await db.shipment.findMany({
      where: { awb: { in: [...new Set([q, q.toUpperCase()])] } },
      select: { orderId: true },
    });
    if (shipments.length > 0) or.push({ id: { in: shipments.map((s) => s.orderId) } });
  }
  return { OR: or };
}
