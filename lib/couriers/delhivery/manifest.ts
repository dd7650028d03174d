import PDFDocument from "pdfkit";
import { collectPdf } from "@/lib/pdf/pdf-output";
import type { DelhiveryShipmentRecord } from "./tracking";

// Delhivery has no manifest API: the pickup executive scans every parcel on handover. Packline
// prints its own handover sheet from Delhivery's tracking data, so the list is what Delhivery has.

export interface ManifestSheet {
  manifestId: string;
  clientName: string;
  pickupLocation: string | null;
  generatedAt: Date;
  shipments: DelhiveryShipmentRecord[];
}

function ist(at: Date): string {
  return `${new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 16).replace("T", " ")} IST`;
}

export function renderDelhiveryManifest(sheet: ManifestSheet): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: 40 });
  const done = collectPdf(doc).then((pdf) => new Uint8Array(pdf));
  doc.font("Helvetica-Bold").fontSize(16).text(`Delhivery handover manifest ${sheet.manifestId}`);
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(`Client: ${sheet.clientName}    Pickup location: ${sheet.pickupLocation ?? "-"}`)
    .text(`Generated ${ist(sheet.generatedAt)} by Packline (Delhivery offers no manifest API)`)
    .moveDown();
  doc
    .font("Helvetica-Bold")
    .text(" #   Waybill           Order reference           Destination            Status");
  doc.font("Helvetica");
  sheet.shipments.forEach((s, i) => {
    const destination = [s.Consignee?.City, s.Consignee?.PinCode].filter(Boolean).join(" ");
    doc.text(
      `${String(i + 1).padStart(3)}  ${s.AWB.padEnd(17)} ${(s.ReferenceNo ?? "").padEnd(25)} ${destination.padEnd(22)} ${s.Status.Status}`,
    );
  });
  doc
    .moveDown()
    .text(`Parcels: ${sheet.shipments.length}`)
    .moveDown(2)
    .text("Handed over by: ____________________      Delhivery executive: ____________________");
  doc.end();
  return done;
}
