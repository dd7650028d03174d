import type { CourierCode } from "@/lib/generated/prisma/enums";

/**
 * How a customer knows each courier: its name and its own public tracking page for an AWB.
 * Data only; a new courier adds a row. The links open the courier's site, so they carry only the
 * AWB (the customer already has it), never an order number or a name.
 */
const COURIERS: Record<CourierCode, { name: string; trackingUrl: string }> = {
  SHIPROCKET: { name: "Shiprocket", trackingUrl: "https://shiprocket.co/tracking/{awb}" },
  EKART: { name: "Ekart", trackingUrl: "https://ekartlogistics.com/shipmenttrack/{awb}" },
  DELHIVERY: { name: "Delhivery", trackingUrl: "https://www.delhivery.com/track/package/{awb}" },
};

export function courierForCustomer(
  courier: CourierCode | null,
  awb: string,
): { name: string; trackingUrl: string } | null {
  const known = courier ? COURIERS[courier] : undefined;
  if (!known) return null;
  return {
    name: known.name,
    trackingUrl: known.trackingUrl.replace("{awb}", encodeURIComponent(awb)),
  };
}
