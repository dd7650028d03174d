import { db } from "@/lib/db";
import type { PutBackStatus } from "@/lib/generated/prisma/enums";

export interface PutBackTaskView {
  id: string;
  orderId: string;
  orderNumber: string;
  sku: string;
  title: string;
  binLocation: string | null;
  quantity: number;
  reason: string;
  status: PutBackStatus;
  createdAt: string;
  doneAt: string | null;
  doneBy: string | null;
}

/** Put-back tasks, open ones oldest first (the floor works them in order), done ones newest first. */
export async function listPutBackTasks(input: {
  status: PutBackStatus;
  limit: number;
}): Promise<PutBackTaskView[]> {
  const rows = await db.putBackTask.findMany({
    where: { status: input.status },
    orderBy: { createdAt: input.status === "OPEN" ? "asc" : "desc" },
    take: input.limit,
    select: {
      id: true,
      orderId: true,
      order: { select: { number: true } },
      sku: true,
      title: true,
      binLocation: true,
      quantity: true,
      reason: true,
      status: true,
      createdAt: true,
      doneAt: true,
      doneBy: { select: { name: true } },
    },
  });
  return rows.map(({ order, doneBy, ...t }) => ({
    ...t,
    orderNumber: order.number,
    createdAt: t.createdAt.toISOString(),
    doneAt: t.doneAt?.toISOString() ?? null,
    doneBy: doneBy?.name ?? null,
  }));
}
