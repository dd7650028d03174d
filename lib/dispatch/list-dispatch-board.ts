import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { istToday } from "@/lib/warehouse/ist-day-range";
import { readDispatchCutoff, lastCutoff } from "./dispatch-cutoff";
import { handoverSummarySelect, toHandoverSummary, type HandoverSummary } from "./handover-summary";
import { parcelLocation, parcelLocationSelect } from "./parcel-location";

export interface DockParcel {
  shipmentId: string;
  awb: string;
  orderNumber: string;
  bookedAt: string | null;
  /** booked before the last cut-off and still not scanned: it missed a truck */
  missedCutoff: boolean;
}

export interface DockGroup {
  key: string;
  courierAccountId: string;
  courier: CourierCode;
  courierAccountName: string;
  locationKey: string;
  locationName: string;
  /** booked parcels not yet scanned into any handover, oldest first */
  waiting: DockParcel[];
  open: (HandoverSummary & { scanned: { awb: string; orderNumber: string }[] }) | null;
  /** handovers closed today (IST) */
  closed: HandoverSummary[];
}

export interface DispatchBoard {
  cutoff: string;
  lastCutoffAt: string;
  groups: DockGroup[];
  missedCutoff: (DockParcel & { courierAccountName: string })[];
}

const MAX_WAITING = 1_000;

/**
 * The dock's screen: booked parcels not handed over, grouped by courier account and pickup
 * location, each group's open handover and those closed today, and what missed the cut-off.
 */
export async function listDispatchBoard(now = new Date()): Promise<DispatchBoard> {
  const cutoff = await readDispatchCutoff();
  const cutoffAt = lastCutoff(cutoff, now);
  const todayStart = new Date(`${istToday(now)}T00:00:00+05:30`);
  const [waiting, handovers] = await Promise.all([
    db.shipment.findMany({
      where: {
        direction: "FORWARD",
        status: { in: ["BOOKED", "PICKUP_SCHEDULED"] },
        awb: { not: null },
        courierAccountId: { not: null },
        handoverParcel: null,
        order: { status: { not: "CANCELLED" } },
      },
      orderBy: [{ bookedAt: "asc" }, { id: "asc" }],
      take: MAX_WAITING,
      select: {
        id: true,
        awb: true,
        bookedAt: true,
        createdAt: true,
        courierAccountId: true,
        order: { select: { number: true } },
        courierAccount: { select: { name: true, courier: true, pickupLocationName: true } },
        ...parcelLocationSelect,
      },
    }),
    db.handover.findMany({
      where: { OR: [{ status: { not: "CLOSED" } }, { closedAt: { gte: todayStart } }] },
      orderBy: [{ openedAt: "desc" }],
      select: {
        ...handoverSummarySelect,
        locationName: true,
        courierAccount: { select: { name: true, courier: true } },
        parcels: {
          where: { handover: { status: "OPEN" } },
          orderBy: { scannedAt: "desc" },
          select: { shipment: { select: { awb: true, order: { select: { number: true } } } } },
        },
      },
    }),
  ]);
  const withCourierPdf = new Set(
    (
      await db.handover.findMany({
        where: { id: { in: handovers.map((h) => h.id) }, courierManifestPdf: { not: null } },
        select: { id: true },
      })
    ).map((h) => h.id),
  );

  const groups = new Map<string, DockGroup>();
  const group = (
    account: { id: string; name: string; courier: CourierCode },
    location: { key: string; name: string },
  ) => {
    const key = `${account.id}:${location.key}`;
    let found = groups.get(key);
    if (!found) {
      found = {
        key,
        courierAccountId: account.id,
        courier: account.courier,
        courierAccountName: account.name,
        locationKey: location.key,
        locationName: location.name,
        waiting: [],
        open: null,
        closed: [],
      };
      groups.set(key, found);
    }
    return found;
  };

  for (const s of waiting) {
    const bookedAt = s.bookedAt ?? s.createdAt;
    group({ id: s.courierAccountId!, ...s.courierAccount! }, parcelLocation(s)).waiting.push({
      shipmentId: s.id,
      awb: s.awb!,
      orderNumber: s.order.number,
      bookedAt: bookedAt.toISOString(),
      missedCutoff: bookedAt < cutoffAt,
    });
  }
  for (const h of handovers) {
    const target = group(
      { id: h.courierAccountId, ...h.courierAccount },
      { key: h.locationKey, name: h.locationName },
    );
    const summary = toHandoverSummary(h, withCourierPdf.has(h.id));
    if (h.status === "OPEN")
      target.open = {
        ...summary,
        scanned: h.parcels.map((p) => ({
          awb: p.shipment.awb ?? "",
          orderNumber: p.shipment.order.number,
        })),
      };
    else target.closed.push(summary);
  }

  const sorted = [...groups.values()].sort((a, b) =>
    `${a.locationName}${a.courierAccountName}`.localeCompare(
      `${b.locationName}${b.courierAccountName}`,
    ),
  );
  return {
    cutoff,
    lastCutoffAt: cutoffAt.toISOString(),
    groups: sorted,
    missedCutoff: sorted.flatMap((g) =>
      g.waiting
        .filter((p) => p.missedCutoff)
        .map((p) => ({ ...p, courierAccountName: g.courierAccountName })),
    ),
  };
}
