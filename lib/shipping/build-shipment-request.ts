import type { ShipmentRequest } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import type { ShipmentDirection } from "@/lib/generated/prisma/enums";
import { deliveryAddressSelect } from "@/lib/orders/delivery-address-select";
import { packedAmounts } from "@/lib/warehouse/packed-amounts";
import type { PickupChoice } from "@/lib/dispatch/locations/choose-pickup-location";

// A parcel whose products carry no weight or size is booked at these, and the courier's
// weight audit corrects the charge: better than refusing to ship.
const DEFAULT_ITEM_GRAMS = 500;
const DEFAULT_BOX_CM = { length: 20, breadth: 15, height: 10 };

export type ParcelOrder = Awaited<ReturnType<typeof loadParcelOrder>>;

export async function loadParcelOrder(orderId: string) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      placedAt: true,
      ...deliveryAddressSelect,
      customerEmail: true,
      gstin: true,
      paymentMethod: true,
      codAmountPaise: true,
      codOrderedPaise: true,
      pickupLocationId: true,
      rtoRiskScore: true,
      totalPaise: true,
      shippingPaise: true,
      packedWeightGrams: true,
      packedLengthCm: true,
      packedBreadthCm: true,
      packedHeightCm: true,
      items: {
        select: {
          id: true,
          sku: true,
          title: true,
          unitPricePaise: true,
          qtyOrdered: true,
          qtyShort: true,
          product: {
            select: {
              weightGrams: true,
              lengthCm: true,
              breadthCm: true,
              heightCm: true,
              hsnCode: true,
            },
          },
        },
      },
    },
  });
  if (!order) throw notFound("The order");
  return order;
}

/**
 * What goes in the box: ordered minus short (a partial shipment ships what was found). The
 * parcel is what the packer weighed, in the box chosen, when the station recorded them; else
 * an estimate from the products.
 */
export function parcelOf(order: ParcelOrder) {
  const lines = order.items
    .map((i) => ({ ...i, quantity: i.qtyOrdered - i.qtyShort }))
    .filter((i) => i.quantity > 0);
  const weightGrams = lines.reduce(
    (g, i) => g + (i.product.weightGrams ?? DEFAULT_ITEM_GRAMS) * i.quantity,
    0,
  );
  const dim = (pick: (i: (typeof lines)[number]) => unknown, fallback: number) =>
    Math.max(fallback, ...lines.map((i) => Math.ceil(Number(pick(i) ?? 0))));
  const packed = order.packedWeightGrams !== null && order.packedLengthCm !== null;
  return {
    lines,
    invoiceValuePaise: lines.reduce((p, i) => p + i.unitPricePaise * i.quantity, 0),
    parcel: packed
      ? {
          weightGrams: order.packedWeightGrams!,
          lengthCm: order.packedLengthCm!,
          breadthCm: order.packedBreadthCm!,
          heightCm: order.packedHeightCm!,
        }
      : {
          weightGrams: Math.max(weightGrams, 1),
          lengthCm: dim((i) => i.product.lengthCm, DEFAULT_BOX_CM.length),
          breadthCm: dim((i) => i.product.breadthCm, DEFAULT_BOX_CM.breadth),
          heightCm: dim((i) => i.product.heightCm, DEFAULT_BOX_CM.height),
        },
  };
}

/** The courier-neutral booking request for an order, in Packline's own units. */
export function buildShipmentRequest(options: {
  order: ParcelOrder;
  reference: string;
  direction: ShipmentDirection;
  /** the warehouse the parcel leaves from (or returns to) */
  location: PickupChoice["location"];
  /** the courier's registered name for that warehouse */
  courierLocationName: string;
  serviceCode: string | null;
}): ShipmentRequest {
  const { order, location } = options;
  const warehouse = {
    name: location.contactName,
    phone: location.contactPhone,
    email: location.contactEmail,
    line1: location.line1,
    line2: location.line2,
    city: location.city,
    state: location.state,
    pincode: location.pincode,
    country: "IN" as const,
    gstin: location.gstin,
    locationName: options.courierLocationName,
  };
  const customer = {
    name: order.customerName,
    phone: order.customerPhone,
    email: order.customerEmail,
    line1: order.addressLine1,
    line2: order.addressLine2,
    landmark: order.landmark,
    city: order.city,
    state: order.state,
    pincode: order.pincode,
    country: "IN" as const,
    gstin: order.gstin,
  };
  const { lines, parcel, invoiceValuePaise } = parcelOf(order);
  const forward = options.direction === "FORWARD";
  // What is in the box, by the one rule the slip and the order page use (packed-amounts.ts).
  // A COD order whose shorts leave nothing to collect travels prepaid: couriers refuse COD of ₹0.
  const codAmountPaise =
    forward && order.paymentMethod === "COD"
      ? packedAmounts({ ...order, lines: order.items }).codToCollectPaise
      : 0;
  const cod = codAmountPaise > 0;
  return {
    reference: options.reference,
    orderNumber: order.number,
    direction: options.direction,
    orderedAt: order.placedAt,
    pickup: forward ? warehouse : { ...customer, locationName: null },
    drop: forward ? customer : warehouse,
    items: lines.map((i) => ({
      sku: i.sku,
      name: i.title,
      quantity: i.quantity,
      unitPricePaise: i.unitPricePaise,
      hsnCode: i.product.hsnCode,
    })),
    parcel,
    paymentMode: cod ? "COD" : "PREPAID",
    codAmountPaise,
    invoiceValuePaise,
    serviceCode: options.serviceCode,
    sellerGstin: warehouse.gstin ?? null,
  };
}
