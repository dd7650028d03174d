import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { cursorKey, decodeCursor, toPage } from "@/lib/http/pagination";

const cursorShape = z.object({ createdAt: cursorKey.instant, id: cursorKey.text }).strict();

/** Event deliveries for Admin, newest first, keyset-paginated. */
export async function listDeliveries(options: {
  cursor?: string;
  limit: number;
  subscriberId?: string;
  status?: OutboxStatus;
}) {
  const after = decodeCursor(options.cursor, cursorShape);
  const rows = await db.outboxDelivery.findMany({
    where: {
      subscriberId: options.subscriberId,
      status: options.status,
      ...(after
        ? {
            OR: [
              { createdAt: { lt: new Date(after.createdAt) } },
              { createdAt: new Date(after.createdAt), id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    select: {
      id: true,
      status: true,
      attempts: true,
      responseCode: true,
      lastError: true,
      nextAttemptAt: true,
      deliveredAt: true,
      createdAt: true,
      subscriber: { select: { id: true, name: true } },
      event: { select: { id: true, type: true, aggregateId: true, payload: true } },
    },
  });
  return toPage(rows, options.limit, (r) => ({ createdAt: r.createdAt.toISOString(), id: r.id }));
}

/** Sends a failed or dead delivery again at once, with a fresh attempt budget. */
export async function retryDelivery(id: string) {
  const updated = await db.outboxDelivery.updateMany({
    where: { id, status: { in: ["FAILED", "DEAD"] } },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null },
  });
  if (updated.count === 0) {
    const exists = await db.outboxDelivery.findUnique({ where: { id }, select: { status: true } });
    if (!exists) throw notFound("The delivery");
    return { id, status: exists.status };
  }
  return { id, status: "PENDING" as const };
}
