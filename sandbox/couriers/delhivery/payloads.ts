import type { DlParcel } from "./module";

// Answer builders shared by the routes; each says where its shape comes from. The tracking record
// and the scan push are in tracking-record.ts.

/** The label PDF's lines: the sandbox's own layout (Delhivery publishes no label to copy). */
export function labelLines(p: DlParcel): string[] {
  return [
    `Order: ${p.order}   ${p.paymentMode === "COD" ? `COD Rs ${p.codAmount}` : p.paymentMode}`,
    `To: ${p.consignee.name}`,
    p.consignee.add,
    `${p.consignee.city}, ${p.consignee.state} ${p.consignee.pin}`,
    `Weight: ${p.weightGrams} g`,
    `Return to: ${p.pickupLocation}`,
  ];
}

/**
 * Zone from how far apart the pincodes are, and a per-500 g surface price (rupees). Delhivery
 * publishes no example answer. Keys (every charge_* head, tax_data, zone, status, amounts) are
 * tejastee/pydelhivery's DelhiveryInvoiceChargeItem (src/pydelhivery/models/ShippingCostModel.py
 * @df2ee4e4); the list wrapper, wt_rule_id and zonal_cl null and adhoc_data {} are
 * imprakharshukla/gramflow.pro-origin's ShippingCostResponseSchema (packages/utils/src/schema.ts
 * @f13a3cf4). The unused heads are 0.
 */
export function charges(oPin: string, dPin: string, grams: number, cod: boolean, ss: string) {
  const zone = oPin.slice(0, 3) === dPin.slice(0, 3) ? "A" : oPin[0] === dPin[0] ? "C" : "D";
  const perSlab = { A: 32, C: 45, D: 58 }[zone]!;
  const slabs = Math.max(1, Math.ceil(grams / 500));
  const freight = perSlab * slabs;
  const returnLeg = ss === "Delivered" ? 0 : Math.round(freight * 0.1 * 100) / 100;
  const codCharge = cod ? 35 : 0;
  const gross = freight + returnLeg + codCharge;
  const tax = Math.round(gross * 0.18 * 100) / 100;
  const none = Object.fromEntries(
    ["ROV", "REATTEMPT", "MPS", "pickup", "CWH", "DEMUR", "AWB", "AIR", "FSC", "LABEL", "PEAK"]
      .concat(["POD", "LM", "CCOD", "E2E", "COVID", "DPH", "FOD", "DOCUMENT", "WOD", "INS"])
      .concat(["FS", "CNC", "FOV", "QC"])
      .map((head) => [`charge_${head}`, 0]),
  );
  return [
    {
      ...none,
      charge_DL: freight,
      charge_RTO: ss === "RTO" ? returnLeg : 0,
      charge_DTO: ss === "DTO" ? returnLeg : 0,
      charge_COD: codCharge,
      tax_data: {
        swacch_bharat_tax: 0,
        IGST: tax,
        SGST: 0,
        service_tax: 0,
        krishi_kalyan_cess: 0,
        CGST: 0,
      },
      zone,
      wt_rule_id: null,
      zonal_cl: null,
      adhoc_data: {},
      status: ss,
      gross_amount: gross,
      total_amount: Math.round((gross + tax) * 100) / 100,
      charged_weight: slabs * 500,
    },
  ];
}

/** Days between two pincodes: the sandbox's own rule (nothing published to follow). */
export const tatDays = (oPin: string, dPin: string) =>
  oPin.slice(0, 3) === dPin.slice(0, 3) ? 2 : oPin[0] === dPin[0] ? 3 : 5;
