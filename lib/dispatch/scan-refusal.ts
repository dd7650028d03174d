import { AppError } from "@/lib/errors/app-error";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { formatIst } from "@/lib/warehouse/format";

// The sentences the dock hears when a parcel must not go on this courier's truck. Each says
// what the parcel is and what to do with it; `reason` lets the screen and tests tell them apart.

export type ScanRefusalReason =
  | "UNKNOWN_AWB"
  | "OTHER_COURIER"
  | "OTHER_LOCATION"
  | "CANCELLED"
  | "NOT_READY"
  | "ALREADY_HANDED_OVER"
  | "HANDOVER_CLOSED";

export function scanRefusal(reason: ScanRefusalReason, message: string): AppError {
  return new AppError(reason === "UNKNOWN_AWB" ? "NOT_FOUND" : "CONFLICT", message, {
    details: { reason },
  });
}

const STATUS_WORDS: Partial<Record<ShipmentStatus, string>> = {
  CANCELLED: "was cancelled",
  FAILED: "was never booked (its booking failed)",
  PENDING: "is still being booked",
  RTO_INITIATED: "is on its way back to the warehouse (RTO)",
};

/** A parcel whose shipment is not waiting at the dock: cancelled, failed, or already moving. */
export function notAtDock(awb: string, status: ShipmentStatus): AppError {
  const words = STATUS_WORDS[status];
  if (status === "CANCELLED" || status === "FAILED")
    return scanRefusal(
      "CANCELLED",
      `AWB ${awb} ${words}. Keep it off the truck and give it to ops.`,
    );
  return scanRefusal(
    "NOT_READY",
    `AWB ${awb} ${words ?? `is already ${status.toLowerCase().replaceAll("_", " ")}`}: it cannot be handed over again.`,
  );
}

export function inOtherHandover(
  awb: string,
  other: {
    courierName: string;
    status: string;
    closedAt: Date | null;
    scannedAt: Date;
    scannedByName: string;
  },
): AppError {
  const when =
    other.status === "OPEN"
      ? `scanned into the open ${other.courierName} handover at ${formatIst(other.scannedAt)} by ${other.scannedByName}`
      : `handed over in the ${other.courierName} handover closed at ${formatIst(other.closedAt ?? other.scannedAt)}`;
  return scanRefusal("ALREADY_HANDED_OVER", `AWB ${awb} was already ${when}.`);
}
