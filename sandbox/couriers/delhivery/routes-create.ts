import type { Router, SandboxRequest } from "../../http";
import { refusalFor } from "../../refusals";
import { DELHIVERY_UNSERVICEABLE, guard, type DelhiveryModule, type DlParcel } from "./module";
import { tatDays } from "./payloads";

/** The IST calendar day `days` from now, as Delhivery's promise dates are. */
const istDay = (days: number) =>
  new Date(Date.now() + 330 * 60_000 + days * 86_400_000).toISOString().slice(0, 10);

// POST /api/cmu/create.json: Delhivery's shipment creation (a form carrying the JSON manifest).
// "B2C docs" below: dhirajgiri3/Shipcrowd docs/Resources/API/Courier/Delhivery/B2C/
// Delhivery_API_{1,2}.md at commit 35285724cb775d4df458d90e555f50df396b6f20.

// No failure answer is published: this keeps the keys of the success answer (createdCod) with
// status "Fail", the remark in both `rmk` and `remarks`.
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

/**
 * The order body is the form `format=json&data=<json>`: B2C docs FAQ "CREATE & UPDATE SHIPMENT API"
 * Q3. The bad-JSON text paraphrases that FAQ's Common Remarks ("Unterminated string starting at…").
 */
function readManifest(req: SandboxRequest): Record<string, unknown> | string {
  const form = new URLSearchParams(req.rawBody);
  if (form.get("format") !== "json") return "format key missing in the post";
  try {
    return JSON.parse(form.get("data") ?? "") as Record<string, unknown>;
  } catch (error) {
    return `Unterminated string or bad JSON in data: ${String(error).slice(0, 80)}`;
  }
}

/** The box as the shipment declares it; any side missing or not a size means none declared. */
function declaredBox(s: Record<string, string>): DlParcel["box"] {
  const [lengthCm, breadthCm, heightCm] = [
    s.shipment_length,
    s.shipment_width,
    s.shipment_height,
  ].map(Number);
  return lengthCm! > 0 && breadthCm! > 0 && heightCm! > 0
    ? { lengthCm: lengthCm!, breadthCm: breadthCm!, heightCm: heightCm! }
    : null;
}

// Remarks after B2C docs FAQ "CREATE & UPDATE SHIPMENT API" › Common Remarks (order id length,
// duplicate, phone, pincode, payment type); the "… is required" ones are the sandbox's own.
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

export function mountCreateRoute(router: Router, m: DelhiveryModule): void {
  router.on(
    "POST",
    "/delhivery/api/cmu/create.json",
    guard(m, async (req) => {
      const data = readManifest(req);
      // `rmk` texts below: same Common Remarks ('unicode' object, no data, ClientWarehouse).
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
      const location = String((data.pickup_location as { name?: string } | undefined)?.name ?? "");
      if (!location)
        return {
          body: {
            success: false,
            rmk: "ClientWarehouse matching query does not exist.",
            packages: [],
          },
        };
      const s = shipments[0] as Record<string, string>;
      const refused = refusalFor("delhivery", {
        pincode: String(s.pin ?? ""),
        reference: String(s.order ?? ""),
      });
      const problem = validate(s, m) ?? refused;
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
        box: declaredBox(s),
        createdAt: new Date(),
        promisedDay: istDay(tatDays(String(s.return_pin || "122001"), String(s.pin))),
        slippedDays: 0,
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
      // Key for key the production answer createdCod in fixtures/production-answers.ts
      // (piercing-wind/gurukirpaayurveda src/lib/example.ts @146077e5, the commented answer).
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
  );
}
