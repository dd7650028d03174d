import type { CourierCode } from "@/lib/generated/prisma/enums";

/** The four things Packline reads from a remittance report, by the heading of their column. */
export interface ReportColumns {
  awb: string;
  amount: string;
  reference: string;
  remittedAt: string;
}

export interface RemittanceRules {
  /** a delivered COD parcel not remitted after this many days is late */
  lateAfterDays: number;
  columns: ReportColumns;
}

// None of the three couriers publishes a COD remittance API (Shiprocket's API documents wallet
// balance and account statement, Delhivery's and Ekart's none: see the README), so remittances
// come from the CSV report each courier's panel exports. These are the headings of those
// exports as Packline expects them; a courier renaming a column is one edit in the settings.
export const DEFAULT_REMITTANCE_RULES: Record<CourierCode, RemittanceRules> = {
  SHIPROCKET: {
    lateAfterDays: 10,
    columns: {
      awb: "AWB Code",
      amount: "Remitted Amount",
      reference: "UTR",
      remittedAt: "Remittance Date",
    },
  },
  DELHIVERY: {
    lateAfterDays: 9,
    columns: {
      awb: "Waybill",
      amount: "COD Amount",
      reference: "UTR No",
      remittedAt: "Remittance Date",
    },
  },
  EKART: {
    lateAfterDays: 12,
    columns: {
      awb: "Tracking ID",
      amount: "Amount",
      reference: "Reference No",
      remittedAt: "Payment Date",
    },
  },
};

/** Headings compare without case, surrounding spaces or doubled spaces. */
export function headingKey(heading: string): string {
  return heading.trim().replace(/\s+/g, " ").toLowerCase();
}
