import type { CourierCode, Prisma } from "../../lib/generated/prisma/client";
import { renderLabelPdf } from "../../sandbox/couriers/shared/pdf";

// The shipped demo parcels PL-100069…100098 (the batch-label journey's orders) keep the label
// their sandbox courier issued when they were booked, as Packline caches it on the shipment
// (lib/shipping/get-shipment-label.ts). The sandbox forgets its shipments when it restarts, so
// without the cached copy no label of a seeded parcel could be printed again.
const FIRST = 100069;
const LAST = 100098;
const COURIER_NAME: Record<CourierCode, string> = {
  SHIPROCKET: "Shiprocket",
  DELHIVERY: "Delhivery",
  EKART: "Ekart",
};

export async function withPrintedLabels(
  shipments: Prisma.ShipmentCreateManyInput[],
  orders: Prisma.OrderCreateManyInput[],
  accounts: { id: string; courier: CourierCode }[],
): Promise<Prisma.ShipmentCreateManyInput[]> {
  const orderById = new Map(orders.map((o) => [o.id, o]));
  const courierOf = new Map(accounts.map((a) => [a.id, a.courier]));
  return Promise.all(
    shipments.map(async (shipment) => {
      const order = orderById.get(shipment.orderId)!;
      const serial = Number(order.number.slice(3));
      if (serial < FIRST || serial > LAST || !shipment.awb) return shipment;
      const pdf = await renderLabelPdf({
        courier: COURIER_NAME[courierOf.get(shipment.courierAccountId!)!],
        awb: shipment.awb,
        lines: [
          `Order ${order.number}`,
          `To: ${order.customerName}`,
          order.addressLine1,
          `${order.city} ${order.pincode}`,
        ],
      });
      return { ...shipment, labelPdf: new Uint8Array(pdf) };
    }),
  );
}
