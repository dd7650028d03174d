import type { Address, ShipmentRequest } from "../types";
import {
  checkParcel,
  checkPincode,
  checkText,
  fitAddress,
  gramsToKg,
  invalid,
  limits,
  normalisePhone,
  paiseToRupees,
} from "./validate";

// Packline's ShipmentRequest → Shiprocket's create-order bodies (orders/create/adhoc for forward,
// orders/create/return for reverse). Everything is validated before a body is returned.

/** "YYYY-MM-DD HH:mm" in IST, the order_date format of the create-order table. */
export function istDateTime(date: Date): string {
  const ist = new Date(date.getTime() + 330 * 60_000).toISOString();
  return `${ist.slice(0, 10)} ${ist.slice(11, 16)}`;
}

interface Party {
  name: string;
  address: string;
  address2: string;
  city: string;
  state: string;
  pincode: string;
  phone: string;
  email: string;
}

function party(address: Address, field: string, fallbackEmail: string): Party {
  const lines = fitAddress(address, field);
  return {
    name: checkText(address.name, limits.nameChars, `${field} name`),
    address: lines.line1,
    address2: lines.line2,
    city: checkText(address.city, limits.cityChars, `${field} city`),
    state: checkText(address.state, 50, `${field} state`),
    pincode: checkPincode(address.pincode, field),
    phone: normalisePhone(address.phone, `${field} phone`),
    email: address.email?.trim() || fallbackEmail,
  };
}

function common(request: ShipmentRequest) {
  if (request.items.length === 0) throw invalid("A shipment needs at least one item.");
  const reference = checkText(request.reference, limits.orderIdChars, "Reference");
  const parcel = checkParcel(request.parcel);
  if (request.paymentMode === "COD") {
    if (request.direction === "REVERSE")
      throw invalid("A return pickup cannot be cash on delivery.");
    if (request.codAmountPaise <= 0) throw invalid("A COD shipment needs a COD amount above ₹0.");
    if (request.codAmountPaise > limits.maxCodPaise)
      throw invalid(
        `COD amount ₹${paiseToRupees(request.codAmountPaise)} is over Shiprocket's ` +
          `₹${paiseToRupees(limits.maxCodPaise)} limit per parcel.`,
      );
  }
  const items = request.items.map((item) => {
    if (!Number.isInteger(item.quantity) || item.quantity < 1)
      throw invalid(`Item ${item.sku}: quantity must be a whole number of at least 1.`);
    return {
      name: checkText(item.name, 200, `Item ${item.sku} name`),
      sku: checkText(item.sku, 100, "Item SKU"),
      units: item.quantity,
      selling_price: paiseToRupees(item.unitPricePaise),
      discount: 0,
      tax: 0,
      hsn: item.hsnCode ?? "",
    };
  });
  return {
    order_id: reference,
    order_date: istDateTime(request.orderedAt),
    order_items: items,
    // COD collects the COD amount; the declared invoice value goes with prepaid parcels.
    sub_total: paiseToRupees(
      request.paymentMode === "COD" ? request.codAmountPaise : request.invoiceValuePaise,
    ),
    length: parcel.lengthCm,
    breadth: parcel.breadthCm,
    height: parcel.heightCm,
    weight: gramsToKg(parcel.weightGrams),
  };
}

/** Body of POST /orders/create/adhoc: billing = the consignee, shipped from a pickup location. */
export function toAdhocOrder(request: ShipmentRequest, pickupLocation: string) {
  const base = common(request);
  const pickupName = request.pickup.locationName?.trim() || pickupLocation;
  if (!pickupName) throw invalid("The courier account has no Shiprocket pickup location name.");
  const to = party(request.drop, "Drop address", "noreply@packline.in");
  return {
    ...base,
    pickup_location: pickupName,
    billing_customer_name: to.name,
    billing_last_name: "",
    billing_address: to.address,
    billing_address_2: to.address2,
    billing_city: to.city,
    billing_pincode: to.pincode,
    billing_state: to.state,
    billing_country: "India",
    billing_email: to.email,
    billing_phone: to.phone,
    shipping_is_billing: true,
    payment_method: request.paymentMode === "COD" ? "COD" : "Prepaid",
    shipping_charges: 0,
    giftwrap_charges: 0,
    transaction_charges: 0,
    total_discount: 0,
    ...(request.drop.gstin ? { customer_gstin: request.drop.gstin } : {}),
  };
}

/** Body of POST /orders/create/return: picked up from the customer, shipped to the warehouse. */
export function toReturnOrder(request: ShipmentRequest) {
  const base = common(request);
  const from = party(request.pickup, "Pickup address", "noreply@packline.in");
  const to = party(request.drop, "Return address", "noreply@packline.in");
  return {
    ...base,
    pickup_customer_name: from.name,
    pickup_last_name: "",
    pickup_address: from.address,
    pickup_address_2: from.address2,
    pickup_city: from.city,
    pickup_state: from.state,
    pickup_country: "India",
    pickup_pincode: from.pincode,
    pickup_email: from.email,
    pickup_phone: from.phone,
    shipping_customer_name: to.name,
    shipping_last_name: "",
    shipping_address: to.address,
    shipping_address_2: to.address2,
    shipping_city: to.city,
    shipping_country: "India",
    shipping_pincode: to.pincode,
    shipping_state: to.state,
    shipping_email: to.email,
    shipping_phone: to.phone,
    payment_method: "Prepaid",
    total_discount: 0,
  };
}
