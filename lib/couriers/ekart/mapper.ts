import type { Address, ShipmentRequest } from "../types";
import { checkAddress, checkParcelSides, FieldProblems, paiseToRupees } from "../field-checks";
import { gstinProblem } from "./gstin";

// Packline's booking → Ekart's `shipment` schema (PUT /api/v1/package/create, API Docs v3.8.8).
// Every rule Ekart states is checked here so Ekart is never called with data it will refuse.

/** cod_amount is documented as [0..49999] rupees. */
export const EKART_MAX_COD_PAISE = 49_999_00;
/** Ekart's non-large network carries parcels up to 30 kg. */
export const EKART_MAX_WEIGHT_GRAMS = 30_000;
/** Ekart documents no maximum for a location's `address`; 255 keeps vendor partners from cutting it. */
export const EKART_ADDRESS_MAX = 255;
const MAX_SIDE_CM = 300;

export interface EkartLocation {
  location_type: "Office" | "Home";
  address: string;
  city: string;
  state: string;
  country: string;
  name: string;
  phone: number;
  pin: number;
}

export type EkartShipmentPayload = Record<string, unknown> & {
  order_number: string;
  payment_mode: "COD" | "Prepaid" | "Pickup";
  drop_location: EkartLocation;
  pickup_location: EkartLocation;
};

function location(
  address: Address,
  field: string,
  type: EkartLocation["location_type"],
  problems: FieldProblems,
): EkartLocation {
  const checked = checkAddress(address, field, EKART_ADDRESS_MAX, problems);
  return {
    location_type: type,
    address: checked.address,
    city: checked.city,
    state: checked.state,
    country: "India",
    name: checked.name,
    phone: Number(checked.phone),
    pin: Number(checked.pincode),
  };
}

function checkParcel(request: ShipmentRequest, problems: FieldProblems): void {
  const { weightGrams } = request.parcel;
  if (!(weightGrams >= 1)) problems.add("parcel.weightGrams", "must be at least 1 gram");
  if (weightGrams > EKART_MAX_WEIGHT_GRAMS)
    problems.add(
      "parcel.weightGrams",
      `${weightGrams} g is over Ekart's ${EKART_MAX_WEIGHT_GRAMS} g limit`,
    );
  checkParcelSides(request.parcel, MAX_SIDE_CM, problems);
}

function checkMoney(request: ShipmentRequest, problems: FieldProblems): void {
  if (!(request.invoiceValuePaise >= 100))
    problems.add("invoiceValuePaise", "Ekart needs an invoice value of at least ₹1");
  if (request.paymentMode !== "COD") return;
  if (request.direction === "REVERSE")
    problems.add("paymentMode", "a return pickup cannot collect cash");
  if (!(request.codAmountPaise > 0))
    problems.add("codAmountPaise", "a COD booking needs an amount to collect");
  if (request.codAmountPaise > EKART_MAX_COD_PAISE)
    problems.add(
      "codAmountPaise",
      `₹${paiseToRupees(request.codAmountPaise)} is over Ekart's COD limit of ₹49,999`,
    );
}

/** IST calendar date of an instant: Ekart's invoice_date is a local date. */
export function istDate(at: Date): string {
  return new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 10);
}

export function toEkartShipment(request: ShipmentRequest): EkartShipmentPayload {
  const problems = new FieldProblems();
  const reverse = request.direction === "REVERSE";
  // Packline describes the physical journey: for a return, pickup is the customer. Ekart's reverse
  // payload keeps the forward roles (drop = customer, pickup = seller), as its docs explain.
  const [seller, customer] = reverse
    ? [request.drop, request.pickup]
    : [request.pickup, request.drop];
  const sellerField = reverse ? "drop" : "pickup";
  const customerField = reverse ? "pickup" : "drop";
  const gstin = request.sellerGstin ?? seller.gstin;
  const gstProblem = gstinProblem(gstin);
  if (gstProblem) problems.add("sellerGstin", gstProblem);
  const sellerLocation = location(seller, sellerField, "Office", problems);
  const customerLocation = location(customer, customerField, "Home", problems);
  checkParcel(request, problems);
  checkMoney(request, problems);
  if (request.items.length === 0) problems.add("items", "at least one item is required");
  problems.throwIfAny("EKART");

  const total = paiseToRupees(request.invoiceValuePaise);
  const quantity = request.items.reduce((sum, item) => sum + item.quantity, 0);
  const hsn = request.items.find((item) => item.hsnCode)?.hsnCode;
  return {
    seller_name: (request.pickup.locationName ?? seller.name).trim(),
    seller_address: sellerLocation.address,
    seller_gst_tin: gstin!.trim().toUpperCase(),
    // Packline records invoice totals, not the GST split: the whole value is declared taxable.
    consignee_gst_amount: 0,
    order_number: request.reference,
    invoice_number: request.orderNumber,
    invoice_date: istDate(request.orderedAt),
    consignee_name: customer.name.trim(),
    consignee_alternate_phone: String(customerLocation.phone),
    products_desc: request.items.map((item) => `${item.quantity} x ${item.name}`).join(", "),
    payment_mode: reverse ? "Pickup" : request.paymentMode === "COD" ? "COD" : "Prepaid",
    category_of_goods: "General",
    ...(hsn ? { hsn_code: hsn } : {}),
    total_amount: total,
    tax_value: 0,
    taxable_amount: total,
    commodity_value: String(total),
    cod_amount:
      request.paymentMode === "COD" && !reverse ? paiseToRupees(request.codAmountPaise) : 0,
    quantity: Math.max(1, quantity),
    weight: Math.ceil(request.parcel.weightGrams),
    length: Math.ceil(request.parcel.lengthCm),
    height: Math.ceil(request.parcel.heightCm),
    width: Math.ceil(request.parcel.breadthCm),
    return_reason: reverse ? `Customer return of order ${request.orderNumber}` : "",
    drop_location: customerLocation,
    pickup_location: sellerLocation,
    return_location: sellerLocation,
    items: request.items.map((item) => ({
      product_name: item.name,
      sku: item.sku,
      quantity: item.quantity,
      taxable_value: paiseToRupees(item.unitPricePaise * item.quantity),
      ...(item.hsnCode ? { hsn_code: item.hsnCode } : {}),
    })),
  };
}
