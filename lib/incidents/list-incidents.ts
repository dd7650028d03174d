import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cursorKey, decodeCursor, toPage } from "@/lib/http/pagination";
import type { incidentsQuery } from "@/lib/validation/incident";

const cursorShape = z.object({ createdAt: cursorKey.instant, id: cursorKey.text }).strict();

/** Incidents for ops, newest first, keyset-paginated, open ones by default. */
export async function listIncidents(query: z.output<typeof incidentsQuery>) {
  const after = decodeCursor(query.cursor, cursorShape);
  const where: Prisma.IncidentWhereInput = {
    category: query.category,
    severity: query.severity,
    orderId: query.orderId,
    stage: query.stage,
    ...(query.state === "open" ? { resolvedAt: null } : {}),
    ...(query.state === "resolved" ? { resolvedAt: { not: null } } : {}),
    ...(after
      ? {
          OR: [
            { createdAt: { lt: new Date(after.createdAt) } },
            { createdAt: new Date(after.createdAt), id: { lt: after.id } },
          ],
        }
      : {}),
  };
  const rows = await db.incident.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      category: true,
      severity: true,
      stage: true,
      title: true,
      context: true,
      resolvedAt: true,
      resolvedBy: true,
      forwardedAt: true,
      createdAt: true,
      occurrences: true,
      lastSeenAt: true,
      order: { select: { id: true, number: true } },
    },
  });
  return toPage(rows, query.limit, (r) => ({ createdAt: r.createdAt.toISOString(), id: r.id }));
}
