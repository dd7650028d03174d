import type { Router } from "../../http";
import { renderLabelPdf } from "../shared/pdf";
import { guard, type DelhiveryModule, type DlParcel } from "./module";
import { labelLines } from "./payloads";
import { trackingRecord } from "./tracking-record";

// Tracking, edit and cancel, packing slips (labels) and NDR updates of created waybills.
// "B2C docs" below: dhirajgiri3/Shipcrowd docs/Resources/API/Courier/Delhivery/B2C/
// Delhivery_API_{1,2}.md at commit 35285724cb775d4df458d90e555f50df396b6f20.

export function mountShipmentRoutes(router: Router, m: DelhiveryModule): void {
  const base = "/delhivery";
  const find = (waybill: string) => m.parcels.get(waybill);
  router
    .on(
      "GET",
      `${base}/api/v1/packages/json`,
      // ShipmentData: tracking-record.ts, after the production answers (gurukirpaayurveda
      // src/lib/example.ts @146077e5). "No such waybill…": B2C docs FAQ "TRACK SHIPMENT API"
      // › Common Remarks; the 50 cap is its Q2, the refusal's text and 400 the sandbox's own.
      guard(m, (req) => {
        const waybills = (req.query.get("waybill") ?? "").split(",").filter(Boolean);
        const refs = (req.query.get("ref_ids") ?? "").split(",").filter(Boolean);
        if (waybills.length + refs.length > 50)
          return { status: 400, body: { Error: "Maximum 50 waybills per request" } };
        const found = [
          ...waybills.map(find),
          ...refs.map((r) => find(m.byOrder.get(r) ?? "")),
        ].filter((p): p is DlParcel => !!p);
        if (!found.length) return { body: { Error: "No such waybill or order ID found" } };
        return { body: { ShipmentData: found.map(trackingRecord) } };
      }),
    )
    .on(
      "POST",
      `${base}/api/p/edit`,
      // Allowed statuses: B2C docs "Shipment Updation/Edit API" and "Shipment Cancellation". No
      // answer is published for either, nor found in a public client schema: status, remark and
      // error are the keys Packline's adapter reads (lib/couriers/delhivery/index.ts).
      guard(m, async (req) => {
        const body = req.json<Record<string, unknown>>();
        const p = find(String(body.waybill ?? ""));
        if (!p)
          return { body: { status: false, error: "Incorrect waybill", waybill: body.waybill } };
        const scan = p.scans[p.scans.length - 1]!;
        if (body.cancellation === "true" || body.cancellation === true) {
          if (p.paymentMode === "Pickup") {
            if (!["pp-open", "pp-scheduled"].includes(p.step))
              return {
                body: {
                  status: false,
                  waybill: p.waybill,
                  error: "Shipment can not be cancelled in its current status",
                },
              };
            await m.record(p, "pp-cancelled");
          } else if (["manifested", "pickup-scheduled"].includes(p.step))
            await m.record(p, "cancelled");
          else if (scan.ScanType === "UD" && ["In Transit", "Pending"].includes(scan.Scan))
            await m.record(p, "rto-in-transit");
          else
            return {
              body: {
                status: false,
                waybill: p.waybill,
                error: `Cancellation not allowed in status ${scan.Scan}`,
              },
            };
          return {
            body: {
              status: true,
              waybill: p.waybill,
              order_id: p.order,
              remark: "Shipment has been cancelled.",
            },
          };
        }
        if (scan.ScanType !== "UD" || !["Manifested", "In Transit", "Pending"].includes(scan.Scan))
          return {
            body: {
              status: false,
              waybill: p.waybill,
              error: `Edit not allowed in status ${scan.Scan}`,
            },
          };
        if (typeof body.phone === "string") p.consignee.phone = body.phone;
        if (typeof body.add === "string") p.consignee.add = body.add;
        if (typeof body.name === "string") p.consignee.name = body.name;
        return { body: { status: true, waybill: p.waybill, remark: "Package details updated" } };
      }),
    )
    .on(
      "GET",
      `${base}/api/p/packing_slip`,
      // Not found: B2C docs FAQ "Package Slip Creation API" › Common Remarks. No label answer is
      // published: wbn, pdf_download_link, packages_found are tejastee/pydelhivery's schema
      // (src/pydelhivery/models/DelhiveryModels.py @df2ee4e4); oid, pin, name the sandbox's.
      guard(m, (req) => {
        const wbns = (req.query.get("wbns") ?? "").split(",").filter(Boolean);
        const p = wbns.length === 1 ? find(wbns[0]!) : undefined;
        if (!p) return { body: { packages: [], packages_found: 0 } };
        const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
        return {
          body: {
            packages: [
              {
                wbn: p.waybill,
                oid: p.order,
                pin: Number(p.consignee.pin),
                name: p.consignee.name,
                pdf_download_link: `${origin}${base}/_files/label/${p.waybill}.pdf`,
              },
            ],
            packages_found: 1,
          },
        };
      }),
    )
    // Sandbox-only: serves the PDF pdf_download_link names (pydelhivery: at Delhivery an S3 link).
    .on("GET", `${base}/_files/label/:file`, async (req) => {
      const p = find(req.params.file!.replace(/\.pdf$/, ""));
      if (!p) return { status: 404, body: { message: "No such label" } };
      return {
        body: await renderLabelPdf({ courier: "Delhivery", awb: p.waybill, lines: labelLines(p) }),
      };
    })
    .on(
      "POST",
      `${base}/api/p/update`,
      // B2C docs "NDR API" (rules) and FAQ "TAKE NDR ACTION API" › Common Remarks (messages). The
      // answer is only "the UPL ID" there: request_id as dhirajgiri3/Shipcrowd's client types it
      // (server/src/infrastructure/external/couriers/delhivery/delhivery.types.ts @84707fac).
      guard(m, (req) => {
        const data = req.json<{ data?: unknown }>().data;
        if (!Array.isArray(data)) return { status: 400, body: { error: "Invalid data provided" } };
        if (data.length > 1000)
          return { status: 400, body: { error: "Can not update more than 1000 records" } };
        const id = m.nextId("UPL");
        const results = (data as Record<string, unknown>[]).map((d) => {
          const waybill = String(d.waybill ?? "");
          const p = find(waybill);
          if (!waybill) return { waybill, status: "Failure", message: '"waybill" is missing' };
          if (!p) return { waybill, status: "Failure", message: "Incorrect waybill" };
          if (d.act !== "RE-ATTEMPT" && d.act !== "PICKUP_RESCHEDULE")
            return { waybill, status: "Failure", message: "Action is not valid" };
          if (d.act === "RE-ATTEMPT" && p.step !== "undelivered")
            return { waybill, status: "Failure", message: "Package in incorrect status" };
          if (d.act === "PICKUP_RESCHEDULE")
            return { waybill, status: "Failure", message: "Package should be in Canceled status" };
          p.reattempt = true;
          return { waybill, status: "Success", message: "RE-ATTEMPT applied" };
        });
        m.upl.set(id, results);
        return { status: 202, body: { request_id: id } };
      }),
    )
    .on(
      "GET",
      `${base}/api/cmu/get_bulk_upl/:id`,
      // B2C docs "GET NDR STATUS API" gives the request only: status and results are the keys of
      // Shipcrowd's DelhiveryNdrStatusResponse (same delhivery.types.ts); per-waybill rows ours.
      guard(m, (req) => {
        const results = m.upl.get(req.params.id!);
        if (!results) return { status: 404, body: { error: "No such request id" } };
        return { body: { request_id: req.params.id, status: "Complete", results } };
      }),
    );
}
