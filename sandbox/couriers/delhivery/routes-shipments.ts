import type { Handler, Router, SandboxRequest } from "../../http";
import { renderLabelPdf } from "../shared/pdf";
import { DELHIVERY_UNSERVICEABLE, type DelhiveryModule, type DlParcel } from "./module";
import { labelLines, trackingRecord } from "./payloads";

function guard(m: DelhiveryModule, handler: Handler): Handler {
  return (req) => m.authed(req) ?? handler(req);
}

const fail = (order: string, remark: string) => ({
  status: 200,
  body: {
    success: false,
    rmk: remark,
    package_count: 1,
    packages: [
      { status: "Fail", waybill: "", refnum: order, remarks: [remark], serviceable: false },
    ],
  },
});

/** The order body is the form `format=json&data=<json>` ("format key missing in the post" otherwise). */
function readManifest(req: SandboxRequest): Record<string, unknown> | string {
  const form = new URLSearchParams(req.rawBody);
  if (form.get("format") !== "json") return "format key missing in the post";
  try {
    return JSON.parse(form.get("data") ?? "") as Record<string, unknown>;
  } catch (error) {
    return `Unterminated string or bad JSON in data: ${String(error).slice(0, 80)}`;
  }
}

function validate(s: Record<string, string>, m: DelhiveryModule): string | null {
  const order = String(s.order ?? "");
  if (!order) return "order id is required";
  if (order.length > 50)
    return "oid does not pass the validator <lambda>.check if there any extra character or dots in column";
  if (m.byOrder.has(order)) return "Duplicate order id";
  for (const k of ["name", "add", "pin", "phone", "payment_mode"])
    if (!String(s[k] ?? "").trim()) return `${k} is required`;
  if (!/^(\+?91-?|0)?[6-9]\d{9}$/.test(String(s.phone)))
    return `Incorrect phone number(s) for order ${order}`;
  if (!/^[1-9]\d{5}$/.test(String(s.pin)) || DELHIVERY_UNSERVICEABLE.has(String(s.pin)))
    return `Crashing while saving package due to exception '${s.pin} is non serviceable pincode'. Package might have been partially saved.`;
  if (!["Prepaid", "COD", "Pickup", "REPL"].includes(String(s.payment_mode)))
    return `Package type ${s.payment_mode} not serviceable for this account`;
  if (s.payment_mode === "COD" && !(Number(s.cod_amount) > 0))
    return "cod_amount is required for COD";
  return null;
}

export function mountShipmentRoutes(router: Router, m: DelhiveryModule): void {
  const base = "/delhivery";
  const find = (waybill: string) => m.parcels.get(waybill);
  router
    .on(
      "POST",
      `${base}/api/cmu/create.json`,
      guard(m, async (req) => {
        const data = readManifest(req);
        if (typeof data === "string")
          return { status: 200, body: { success: false, rmk: data, packages: [] } };
        const shipments = data.shipments;
        if (!Array.isArray(shipments))
          return {
            body: {
              success: false,
              rmk: "Error message is 'unicode' object has no attribute 'get'",
              packages: [],
            },
          };
        if (shipments.length === 0)
          return { body: { success: false, rmk: "shipment list contains no data", packages: [] } };
        const location = String(
          (data.pickup_location as { name?: string } | undefined)?.name ?? "",
        );
        if (!location)
          return {
            body: {
              success: false,
              rmk: "ClientWarehouse matching query does not exist.",
              packages: [],
            },
          };
        const s = shipments[0] as Record<string, string>;
        const problem = validate(s, m);
        if (problem) return fail(String(s.order ?? ""), problem);
        const parcel: DlParcel = {
          waybill: s.waybill || m.nextWaybill(),
          order: s.order!,
          pickupLocation: location,
          paymentMode: s.payment_mode!,
          codAmount: Number(s.cod_amount || 0),
          totalAmount: Number(s.total_amount || 0),
          consignee: {
            name: s.name!,
            add: s.add!,
            city: s.city ?? "",
            pin: String(s.pin),
            state: s.state ?? "",
            phone: String(s.phone),
          },
          weightGrams: Number(s.weight || 0),
          createdAt: new Date(),
          scans: [],
          step: "",
          attempts: 0,
          scenario: "deliver",
          reattempt: false,
          pickupRequested: false,
          ndrWaitTicks: 0,
        };
        m.parcels.set(parcel.waybill, parcel);
        m.byOrder.set(parcel.order, parcel.waybill);
        await m.record(parcel, parcel.paymentMode === "Pickup" ? "pp-open" : "manifested");
        const cod = parcel.paymentMode === "COD";
        return {
          body: {
            cash_pickups_count: 0,
            package_count: 1,
            upload_wbn: m.nextId("UPL"),
            replacement_count: 0,
            pickups_count: parcel.paymentMode === "Pickup" ? 1 : 0,
            packages: [
              {
                status: "Success",
                client: "PACKLINE",
                sort_code: "VTZ/GJW",
                remarks: [""],
                waybill: parcel.waybill,
                cod_amount: parcel.codAmount,
                payment: cod ? "COD" : parcel.paymentMode === "Pickup" ? "Pickup" : "Pre-paid",
                serviceable: true,
                refnum: parcel.order,
              },
            ],
            cash_pickups: 0,
            cod_count: cod ? 1 : 0,
            success: true,
            prepaid_count: cod ? 0 : 1,
            cod_amount: parcel.codAmount,
          },
        };
      }),
    )
    .on(
      "GET",
      `${base}/api/v1/packages/json`,
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
      guard(m, (req) => {
        const results = m.upl.get(req.params.id!);
        if (!results) return { status: 404, body: { error: "No such request id" } };
        return { body: { request_id: req.params.id, status: "Complete", results } };
      }),
    );
}
