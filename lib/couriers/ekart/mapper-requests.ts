import { CourierError } from "@/lib/errors/courier-error";
import type { Address, NdrActionRequest, RateRequest } from "../types";
import {
  FieldProblems,
  isPincode,
  normalisePhone,
  paiseToRupees,
  wrapLines,
} from "../field-checks";
import { EKART_MAX_COD_PAISE, EKART_MAX_WEIGHT_GRAMS } from "./mapper";

// The smaller Ekart payloads: estimate, NDR and address registration (API Docs v3.8.8).

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;
/** address_line1/address_line2 of a registered address; Ekart gives no maximum, vendors cut at 255. */
const ADDRESS_LINES = [255, 255];

export function checkPincodeArg(pincode: string, field = "pincode"): void {
  if (isPincode(pincode)) return;
  throw new CourierError({
    courier: "EKART",
    kind: "validation",
    message: `${field}: "${pincode}" is not a 6-digit pincode`,
  });
}

/** The rate question in Ekart's estimate fields; a quote is asked for a nominal 10 cm cube per slab. */
export function toEkartEstimate(request: RateRequest) {
  const problems = new FieldProblems();
  if (!isPincode(request.pickupPincode)) problems.add("pickupPincode", "is not a 6-digit pincode");
  if (!isPincode(request.dropPincode)) problems.add("dropPincode", "is not a 6-digit pincode");
  if (!(request.weightGrams >= 1) || request.weightGrams > EKART_MAX_WEIGHT_GRAMS)
    problems.add("weightGrams", `must be between 1 and ${EKART_MAX_WEIGHT_GRAMS} g`);
  if (request.cod && request.declaredValuePaise > EKART_MAX_COD_PAISE)
    problems.add("declaredValuePaise", "is over Ekart's COD limit of ₹49,999");
  problems.throwIfAny("EKART");
  const reverse = request.direction === "REVERSE";
  const cod = request.cod && !reverse ? paiseToRupees(request.declaredValuePaise) : 0;
  return {
    estimate: {
      pickupPincode: Number(request.pickupPincode),
      dropPincode: Number(request.dropPincode),
      invoiceAmount: paiseToRupees(request.declaredValuePaise),
      weight: Math.ceil(request.weightGrams),
      length: 10,
      height: 10,
      width: 10,
      serviceType: "SURFACE",
      shippingDirection: reverse ? "REVERSE" : "FORWARD",
      codAmount: cod,
    },
    lane: {
      pickupPincode: request.pickupPincode,
      dropPincode: request.dropPincode,
      length: "10",
      height: "10",
      width: "10",
      weight: String(Math.ceil(request.weightGrams)),
      paymentType: request.cod && !reverse ? "COD" : "Prepaid",
      serviceType: "SURFACE",
      ...(cod ? { codAmount: String(cod) } : {}),
      invoiceAmount: String(paiseToRupees(request.declaredValuePaise)),
    },
  };
}

/** Milliseconds of IST midnight for a YYYY-MM-DD date. */
function istMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - IST_OFFSET_MS;
}

export function toEkartNdr(request: NdrActionRequest, now: Date) {
  if (request.kind === "RTO")
    return {
      action: "RTO",
      wbn: request.awb,
      ...(request.remarks ? { instructions: request.remarks } : {}),
    };
  const problems = new FieldProblems();
  const at = /^\d{4}-\d{2}-\d{2}$/.test(request.date) ? istMidnight(request.date) : NaN;
  const today = istMidnight(new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10));
  // Ekart: "within seven days of the current day, excluding today".
  if (Number.isNaN(at) || at <= today || at > today + 7 * DAY_MS)
    problems.add("date", `"${request.date}" must be a date within the next 7 days, not today`);
  const phone = request.phone ? normalisePhone(request.phone) : null;
  if (request.phone && !phone)
    problems.add("phone", `"${request.phone}" is not a 10-digit Indian mobile number`);
  if (request.address?.pincode && !isPincode(request.address.pincode))
    problems.add("address.pincode", "is not a 6-digit pincode");
  problems.throwIfAny("EKART");
  const address = request.address
    ? [
        request.address.line1,
        request.address.line2,
        request.address.landmark,
        request.address.city,
        request.address.pincode,
      ]
        .filter(Boolean)
        .join(", ")
    : "";
  return {
    action: "Re-Attempt",
    wbn: request.awb,
    date: at,
    ...(phone ? { phone } : {}),
    ...(address ? { address } : {}),
    ...(request.remarks ? { instructions: request.remarks } : {}),
  };
}

/** POST /api/v2/address: the warehouse as a pickup and RTO location, registered under an alias. */
export function toEkartAddress(alias: string, address: Address) {
  const problems = new FieldProblems();
  const phone = normalisePhone(address.phone);
  if (!phone) problems.add("phone", `"${address.phone}" is not a 10-digit Indian mobile number`);
  if (!isPincode(address.pincode))
    problems.add("pincode", `"${address.pincode}" is not a 6-digit pincode`);
  if (!alias.trim()) problems.add("alias", "is required");
  const text = [address.line1, address.line2, address.landmark].filter(Boolean).join(", ");
  const lines = wrapLines(text, ADDRESS_LINES);
  if (!lines || !lines[0])
    problems.add(
      "line1",
      `does not fit Ekart's two address lines of ${ADDRESS_LINES[0]} characters`,
    );
  problems.throwIfAny("EKART");
  return {
    alias: alias.trim(),
    phone: Number(phone),
    address_line1: lines![0]!,
    ...(lines![1] ? { address_line2: lines![1] } : {}),
    pincode: Number(address.pincode),
    city: address.city,
    state: address.state,
    country: "India",
  };
}
