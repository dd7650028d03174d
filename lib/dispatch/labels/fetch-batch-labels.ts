import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import { getShipmentLabel } from "@/lib/shipping/get-shipment-label";

// Labels fetched at once: the courier layer's rate limits set the real pace, this only keeps a
// few requests in flight instead of one (a slow courier) or hundreds (sockets, memory).
const IN_FLIGHT = 4;

/**
 * Gets every label of a batch not yet in hand: marks the ones already cached on their shipment
 * in one statement, then fetches the rest through getShipmentLabel, which caches each on its
 * shipment, so a job run again after its worker died starts where the last one stopped. A
 * shipment that cannot give a label (no AWB, cancelled) gets its reason; a courier that fails
 * now is retried by the job's next run, and on its last run gets its reason too.
 * Answers how many labels are still missing for a reason worth retrying.
 */
export async function fetchBatchLabels(input: {
  batchId: string;
  viewer: Viewer;
  lastRun: boolean;
}): Promise<number> {
  const { batchId, viewer, lastRun } = input;
  await db.labelBatchItem.updateMany({
    where: {
      batchId,
      ready: false,
      reason: null,
      shipment: { labelPdf: { not: null }, awb: { not: null }, status: { not: "CANCELLED" } },
    },
    data: { ready: true },
  });
  const missing = await db.labelBatchItem.findMany({
    where: { batchId, ready: false, reason: null, shipmentId: { not: null } },
    orderBy: { position: "asc" },
    select: { id: true, shipmentId: true },
  });
  let retry = 0;
  const fetchOne = async (item: { id: string; shipmentId: string | null }) => {
    let outcome: { ready: true } | { reason: string };
    try {
      await getShipmentLabel({ shipmentId: item.shipmentId!, viewer });
      outcome = { ready: true };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (isTransient(error) && !lastRun) {
        retry += 1;
        return;
      }
      outcome = { reason: error.message };
    }
    await db.labelBatchItem.updateMany({
      where: { id: item.id, ready: false, reason: null },
      data: outcome,
    });
  };
  for (let i = 0; i < missing.length; i += IN_FLIGHT)
    await Promise.all(missing.slice(i, i + IN_FLIGHT).map(fetchOne));
  return retry;
}

/** The courier was down, slow or rate limited (worth another run), not refusing the AWB. */
const isTransient = (error: AppError) =>
  error.cause instanceof CourierError ? error.cause.retryable : error.code === "UNAVAILABLE";
