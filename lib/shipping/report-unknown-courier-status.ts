import type { Tx } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";

export interface UnknownCourierStatus {
  courier: CourierCode;
  awb: string;
  rawStatus: string;
  rawCode: string | null;
  orderId: string;
}

const STAGE = "tracking-unknown-status";

/**
 * A courier status Packline cannot map is kept raw on the tracking event and reported: logged
 * every time, and one open LOW delivery incident per courier and raw status (not one per scan),
 * so a courier that adds a status shows up once for someone to extend the status map.
 */
export async function reportUnknownCourierStatus(tx: Tx, s: UnknownCourierStatus): Promise<void> {
  log.warn("unknown courier status stored raw", {
    courier: s.courier,
    awb: s.awb,
    rawStatus: s.rawStatus,
    rawCode: s.rawCode,
  });
  const key = `${s.courier}:${s.rawStatus.trim().toUpperCase()}`;
  // Two scans of the same new status arriving together must not open two incidents.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${STAGE}:${key}`}))`;
  const open = await tx.incident.findFirst({
    where: { stage: STAGE, resolvedAt: null, context: { path: ["statusKey"], equals: key } },
    select: { id: true },
  });
  if (open) return;
  await createIncident(
    {
      category: "DELIVERY",
      severity: "LOW",
      stage: STAGE,
      title: `${s.courier} sent a tracking status Packline does not know: "${s.rawStatus}"`,
      orderId: s.orderId,
      context: {
        statusKey: key,
        courier: s.courier,
        awb: s.awb,
        rawStatus: s.rawStatus,
        rawCode: s.rawCode,
      },
    },
    tx,
  );
}
