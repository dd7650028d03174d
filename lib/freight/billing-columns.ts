import type { CourierCode } from "@/lib/generated/prisma/enums";

export interface BillingColumns {
  awb: string;
  weight: string;
  /** the weight column's unit */
  weightUnit: "kg" | "g";
  /** freight billed for the parcel, in rupees */
  freight: string;
  /** the day the courier charged, YYYY-MM-DD or DD-MM-YYYY */
  chargedOn: string;
}

// None of the three couriers publishes the columns of its billing or weight-discrepancy report
// (Shiprocket's panel exports it from Billing → Weight Reconciliation; Delhivery and Ekart mail
// it or show it in their panels). These headings are the ones the sandbox serves, one place per
// courier to change when a real export names them otherwise. Extra columns are ignored and the
// order does not matter; headings match ignoring case and spaces at the ends.
export const BILLING_COLUMNS: Record<CourierCode, BillingColumns> = {
  SHIPROCKET: {
    awb: "AWB Code",
    weight: "Charged Weight (KG)",
    weightUnit: "kg",
    freight: "Freight Charges",
    chargedOn: "Charged On",
  },
  DELHIVERY: {
    awb: "Waybill",
    weight: "Charged Weight (g)",
    weightUnit: "g",
    freight: "Total Amount",
    chargedOn: "Charge Date",
  },
  EKART: {
    awb: "Tracking ID",
    weight: "Billing Weight (kg)",
    weightUnit: "kg",
    freight: "Shipping Charge",
    chargedOn: "Billed On",
  },
};
