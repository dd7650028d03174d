import type { ShipmentRequest } from "../types";
import { checkAddress, checkParcelSides, FieldProblems, paiseToRupees } from "../field-checks";

// Packline's booking → Delhivery's B2C manifest payload (POST /api/cmu/create.json, sent as the
// form `format=json&data=<json>`). The form encoding is why & # % ; \ in addresses are safe: the
// docs forbid them only in a raw JSON body. Every documented rule is checked here first.

/** "The max character allowed in the order field is 50." */
export const DELHIVERY_ORDER_MAX = 50;
/** Shipments worth ₹50,000 or more need an e-waybill (ewbn), which Packline does not issue. */
export const DELHIVERY_EWAYBILL_FROM_PAISE = 50_000_00;
/** COD is collected in cash at the door; kept under the e-waybill threshold. */
export const DELHIVERY_MAX_COD_PAISE = 49_999_00;
/** Delhivery's B2C (non-Heavy) product: heavier parcels need the Heavy product type. */
export const DELHIVERY_MAX_WEIGHT_GRAMS = 30_000;
/** Delhivery publishes no limit for `add`; 250 keeps the printed label from cutting it. */
export const DELHIVERY_ADDRESS_MAX = 250;
const MAX_SIDE_CM = 300;

export interface DelhiveryShipment {
  name: string;
  add: string;
  pin: string;
  city: string;
  state: string;
  country: "India";
  phone: string;
  order: string;
  payment_mode: "Prepaid" | "COD" | "Pickup";
  return_name: string;
  return_add: string;
  return_pin: string;
  return_city: string;
  return_state: string;
  return_country: "India";
  return_phone: string;
  products_desc: string;
  hsn_code: string;
  cod_amount: string;
  order_date: string;
  total_amount: string;
  seller_add: string;
  seller_name: string;
  seller_inv: string;
  seller_gst_tin?: string;
  quantity: string;
  waybill: string;
  shipment_length: string;
  shipment_width: string;
  shipment_height: string;
  weight: string;
  shipping_mode: "Surface" | "Express";
  address_type: "home" | "office";
}

export interface DelhiveryCreatePayload {
  shipments: DelhiveryShipment[];
  pickup_location: { name: string };
}

function checkParcel(request: ShipmentRequest, problems: FieldProblems): void {
  const { weightGrams } = request.parcel;
  if (!(weightGrams >= 1)) problems.add("parcel.weightGrams", "must be at least 1 gram");
  if (weightGrams > DELHIVERY_MAX_WEIGHT_GRAMS)
    problems.add(
      "parcel.weightGrams",
      `${weightGrams} g is over Delhivery's B2C limit of ${DELHIVERY_MAX_WEIGHT_GRAMS} g`,
    );
  checkParcelSides(request.parcel, MAX_SIDE_CM, problems);
}

function checkMoney(request: ShipmentRequest, problems: FieldProblems): void {
  if (!(request.invoiceValuePaise >= 100))
    problems.add("invoiceValuePaise", "an invoice value of at least ₹1 is required");
  if (request.invoiceValuePaise >= DELHIVERY_EWAYBILL_FROM_PAISE)
    problems.add(
      "invoiceValuePaise",
      `₹${paiseToRupees(request.invoiceValuePaise)} needs an e-waybill (₹50,000 or more); book it from the Delhivery panel`,
    );
  if (request.paymentMode !== "COD") return;
  if (request.direction === "REVERSE")
    problems.add("paymentMode", "a return pickup cannot collect cash");
  if (!(request.codAmountPaise > 0))
    problems.add("codAmountPaise", "a COD booking needs an amount to collect");
  if (request.codAmountPaise > DELHIVERY_MAX_COD_PAISE)
    problems.add(
      "codAmountPaise",
      `₹${paiseToRupees(request.codAmountPaise)} is over the COD limit of ₹49,999`,
    );
}

/** "DD-MM-YYYY" in IST, as Delhivery's order_date sample. */
function istDate(at: Date): string {
  const [y, m, d] = new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 10).split("-");
  return `${d}-${m}-${y}`;
}

const amount = (paise: number) => paiseToRupees(paise).toFixed(2);

/**
 * Validates and maps a booking. For a return (payment_mode "Pickup"), Delhivery treats the
 * consignee fields as where it collects and return_* as where it delivers, so Packline's pickup
 * (the customer) becomes the consignee and its drop (the warehouse) the return address.
 */
export function toDelhiveryShipment(
  request: ShipmentRequest,
  pickupLocationName: string | null,
): DelhiveryCreatePayload {
  const problems = new FieldProblems();
  const reverse = request.direction === "REVERSE";
  const [customer, warehouse] = reverse
    ? [request.pickup, request.drop]
    : [request.drop, request.pickup];
  const c = checkAddress(customer, reverse ? "pickup" : "drop", DELHIVERY_ADDRESS_MAX, problems);
  const w = checkAddress(warehouse, reverse ? "drop" : "pickup", DELHIVERY_ADDRESS_MAX, problems);
  checkParcel(request, problems);
  checkMoney(request, problems);
  if (request.items.length === 0) problems.add("items", "at least one item is required");
  if (request.reference.length > DELHIVERY_ORDER_MAX)
    problems.add("reference", `is over Delhivery's ${DELHIVERY_ORDER_MAX}-character order id`);
  // the warehouse's registered name (for a return, the warehouse it goes back to) first; the
  // account's is for bookings made before Packline kept pickup locations
  const location = (warehouse.locationName || pickupLocationName || "").trim();
  if (!location)
    problems.add(
      "pickupLocationName",
      "the Delhivery warehouse name (registered with Delhivery, case-sensitive) is required",
    );
  problems.throwIfAny("DELHIVERY");

  const hsn = [...new Set(request.items.map((i) => i.hsnCode).filter(Boolean))].join(",");
  const gstin = (request.sellerGstin ?? warehouse.gstin)?.trim().toUpperCase();
  return {
    shipments: [
      {
        name: c.name,
        add: c.address,
        pin: c.pincode,
        city: c.city,
        state: c.state,
        country: "India",
        phone: c.phone,
        order: request.reference,
        payment_mode: reverse ? "Pickup" : request.paymentMode === "COD" ? "COD" : "Prepaid",
        return_name: w.name,
        return_add: w.address,
        return_pin: w.pincode,
        return_city: w.city,
        return_state: w.state,
        return_country: "India",
        return_phone: w.phone,
        products_desc: request.items.map((i) => `${i.quantity} x ${i.name}`).join(", "),
        hsn_code: hsn,
        cod_amount:
          request.paymentMode === "COD" && !reverse ? amount(request.codAmountPaise) : "0",
        order_date: istDate(request.orderedAt),
        total_amount: amount(request.invoiceValuePaise),
        seller_add: w.address,
        seller_name: w.name,
        seller_inv: request.orderNumber,
        ...(gstin ? { seller_gst_tin: gstin } : {}),
        quantity: String(
          Math.max(
            1,
            request.items.reduce((n, i) => n + i.quantity, 0),
          ),
        ),
        // empty: Delhivery assigns the waybill and returns it
        waybill: "",
        shipment_length: String(Math.ceil(request.parcel.lengthCm)),
        shipment_width: String(Math.ceil(request.parcel.breadthCm)),
        shipment_height: String(Math.ceil(request.parcel.heightCm)),
        weight: String(Math.ceil(request.parcel.weightGrams)),
        shipping_mode: request.serviceCode === "E" ? "Express" : "Surface",
        address_type: "home",
      },
    ],
    pickup_location: { name: location },
  };
}

/** The form body Delhivery's create API requires ("format key missing in the post" otherwise). */
export function toCreateForm(payload: DelhiveryCreatePayload): URLSearchParams {
  return new URLSearchParams({ format: "json", data: JSON.stringify(payload) });
}
