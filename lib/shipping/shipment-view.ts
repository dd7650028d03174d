import type { CourierCode, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { ndrSelect, toNdrView } from "./ndr-view";
import { trackingPath } from "./record-booking";

/** What ops and packers see of a shipment; the same shape from every screen's API. */
export const shipmentViewSelect = {
  id: true,
  awb: true,
  status: true,
  serviceName: true,
  chargePaise: true,
  choiceReason: true,
  failureReason: true,
  expectedDeliveryAt: true,
  courierAccount: { select: { courier: true, name: true } },
  ...ndrSelect,
} as const;

type ShipmentRow = Parameters<typeof toNdrView>[0] & {
  id: string;
  awb: string | null;
  status: ShipmentStatus;
  serviceName: string | null;
  chargePaise: number | null;
  choiceReason: string | null;
  failureReason: string | null;
  expectedDeliveryAt: Date | null;
  courierAccount: { courier: CourierCode; name: string } | null;
};

export const labelPath = (shipmentId: string) =>
  `/api/shipments/${encodeURIComponent(shipmentId)}/label`;

export function toShipmentView(s: ShipmentRow) {
  return {
    id: s.id,
    awb: s.awb,
    status: s.status,
    courier: s.courierAccount?.courier ?? null,
    courierAccountName: s.courierAccount?.name ?? null,
    serviceName: s.serviceName,
    chargePaise: s.chargePaise,
    choiceReason: s.choiceReason,
    failureReason: s.failureReason,
    expectedDeliveryAt: s.expectedDeliveryAt?.toISOString() ?? null,
    trackingPath: s.awb ? trackingPath(s.awb) : null,
    labelPath: s.awb ? labelPath(s.id) : null,
    ndr: toNdrView(s),
  };
}

export type ShipmentView = ReturnType<typeof toShipmentView>;
