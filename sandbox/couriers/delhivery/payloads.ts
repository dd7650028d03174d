import type { DlParcel } from "./module";

// Delhivery's answer shapes (B2C API docs and their samples).

export function trackingRecord(p: DlParcel) {
  const last = p.scans[p.scans.length - 1]!;
  const eta = new Date(p.createdAt.getTime() + 4 * 86_400_000);
  return {
    Shipment: {
      AWB: p.waybill,
      ReferenceNo: p.order,
      OrderType:
        p.paymentMode === "COD" ? "COD" : p.paymentMode === "Pickup" ? "Pickup" : "Pre-paid",
      PickupLocation: p.pickupLocation,
      CODAmount: p.codAmount,
      InvoiceAmount: p.totalAmount,
      Consignee: {
        Name: p.consignee.name,
        City: p.consignee.city,
        State: p.consignee.state,
        PinCode: Number(p.consignee.pin),
        Country: "India",
        Address1: [],
        Address2: [],
        Address3: "",
        Telephone1: "",
        Telephone2: "",
      },
      Status: {
        Status: last.Scan,
        StatusType: last.ScanType,
        StatusDateTime: last.StatusDateTime,
        StatusLocation: last.ScannedLocation,
        StatusCode: last.StatusCode,
        Instructions: last.Instructions,
        RecievedBy: "",
      },
      Scans: p.scans.map((ScanDetail) => ({ ScanDetail })),
      PickUpDate: p.scans.find((s) => s.StatusCode === "X-PPOM")?.StatusDateTime ?? null,
      ExpectedDeliveryDate: `${eta.toISOString().slice(0, 10)}T23:59:59`,
      PromisedDeliveryDate: `${eta.toISOString().slice(0, 10)}T23:59:59`,
      ReverseInTransit: p.paymentMode === "Pickup",
      Quantity: "1",
    },
  };
}

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

/** Zone from how far apart the pincodes are, and a per-500 g surface price (rupees). */
export function charges(oPin: string, dPin: string, grams: number, cod: boolean, ss: string) {
  const zone = oPin.slice(0, 3) === dPin.slice(0, 3) ? "A" : oPin[0] === dPin[0] ? "C" : "D";
  const perSlab = { A: 32, C: 45, D: 58 }[zone]!;
  const slabs = Math.max(1, Math.ceil(grams / 500));
  const freight = perSlab * slabs * (ss === "Delivered" ? 1 : 1.1);
  const codCharge = cod ? 35 : 0;
  const gross = freight + codCharge;
  const tax = Math.round(gross * 0.18 * 100) / 100;
  return [
    {
      charge_DL: freight,
      charge_COD: codCharge,
      gross_amount: gross,
      tax_data: { IGST: tax, CGST: 0, SGST: 0 },
      total_amount: Math.round((gross + tax) * 100) / 100,
      zone,
      charged_weight: slabs * 500,
      status: ss,
    },
  ];
}

export const tatDays = (oPin: string, dPin: string) =>
  oPin.slice(0, 3) === dPin.slice(0, 3) ? 2 : oPin[0] === dPin[0] ? 3 : 5;
