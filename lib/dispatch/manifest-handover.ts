import { getCourierForAccount } from "@/lib/couriers/registry";
import type { ManifestResult } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { getStoreProfile } from "@/lib/store/store-profile";
import { permanentCourierFailure } from "./courier-step-error";
import { loadHandoverForManifest, type HandoverForManifest } from "./handover-parcels";
import { renderHandoverManifest } from "./handover-manifest-pdf";

/**
 * The worker's half of closing a handover: the courier's manifest through its API, then
 * Packline's own dock sheet. The courier call is outside any transaction; its answer is recorded
 * only while the handover is still CLOSING with no manifest recorded (the claim), so a retry
 * after a lost write asks again (Shiprocket reprints an already generated manifest) and a late
 * duplicate run records nothing. A courier that refuses leaves its reason on the handover; the
 * dock still gets Packline's sheet.
 */
export async function manifestHandover(handoverId: string): Promise<void> {
  const handover = await loadHandoverForManifest(handoverId);
  if (!handover || handover.status !== "CLOSING") return;
  if (!handover.manifestRecordedAt) await recordCourierManifest(handover);
  const recorded = await loadHandoverForManifest(handoverId);
  if (!recorded) return;
  const store = await getStoreProfile();
  const pdf = await renderHandoverManifest({
    handover: recorded,
    storeName: store.name || "Packline",
  });
  await db.handover.updateMany({
    where: { id: handover.id, status: "CLOSING" },
    data: { manifestPdf: Buffer.from(pdf), status: "CLOSED" },
  });
}

async function recordCourierManifest(handover: HandoverForManifest): Promise<void> {
  let answer: ManifestResult | null = null;
  let failure: string | null = null;
  try {
    const courier = await getCourierForAccount(handover.courierAccountId);
    answer = await courier.createManifest(handover.parcels.map((p) => p.awb));
  } catch (error) {
    failure = permanentCourierFailure(error);
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.handover.updateMany({
      where: { id: handover.id, status: "CLOSING", manifestRecordedAt: null },
      data: {
        manifestRecordedAt: new Date(),
        manifestId: answer?.manifestId ?? null,
        manifestUrl: answer?.manifestUrl ?? null,
        courierManifestPdf: answer?.pdf ? Buffer.from(answer.pdf) : null,
        manifestError: failure,
      },
    });
    if (count === 1 && answer)
      await tx.shipment.updateMany({
        where: { id: { in: handover.parcels.map((p) => p.shipmentId) } },
        data: { manifestId: answer.manifestId, manifestUrl: answer.manifestUrl },
      });
  });
}

/**
 * After a pickup asked for again is scheduled: a courier manifest refused for want of a pickup
 * (Shiprocket's rule) is asked for again, by handing the handover back to the manifest step.
 */
export async function retryRefusedManifest(handoverId: string): Promise<void> {
  const { count } = await db.handover.updateMany({
    where: {
      id: handoverId,
      status: "CLOSED",
      pickupStatus: "SCHEDULED",
      manifestId: null,
      manifestUrl: null,
      manifestError: { not: null },
    },
    data: { status: "CLOSING", manifestRecordedAt: null },
  });
  if (count === 1) await manifestHandover(handoverId);
}
