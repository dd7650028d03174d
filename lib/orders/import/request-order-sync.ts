import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ORDER_SYNC_NOW_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";

export interface RequestOrderSyncResult {
  sourceId: string;
  /** false when a sync is already queued: the admin's click joins it */
  queued: boolean;
}

/** "Sync now": queues a sync of the configured source for the worker and returns at once. */
export async function requestOrderSync(options: {
  full?: boolean;
}): Promise<RequestOrderSyncResult> {
  const source = await db.orderSourceConfig.findFirst({
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!source)
    throw new AppError("CONFLICT", "Set up the order source (store API URL and key) first.");
  const jobId = await sendJob(ORDER_SYNC_NOW_JOB, {
    sourceId: source.id,
    full: options.full ?? false,
  });
  return { sourceId: source.id, queued: jobId !== null };
}
