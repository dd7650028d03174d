import type { Router, SandboxResponse } from "../../http";
import { DELHIVERY_UNSERVICEABLE, guard, type DelhiveryModule } from "./module";
import { charges, tatDays } from "./payloads";

// "B2C docs" below: dhirajgiri3/Shipcrowd docs/Resources/API/Courier/Delhivery/B2C/
// Delhivery_API_{1,2}.md at commit 35285724cb775d4df458d90e555f50df396b6f20.

const PIN = /^[1-9]\d{5}$/;

/**
 * The charges API's limit, 50 requests per 5 minutes per IP (B2C docs "Calculate Shipping Cost",
 * Rate Limit). The 1-minute block is Fetch WayBill's documented one; the 429 and its body ours.
 */
function throttle(m: DelhiveryModule): SandboxResponse | null {
  const now = Date.now();
  const c = m.charges;
  if (now < c.blockedUntil)
    return {
      status: 429,
      headers: { "retry-after": String(Math.ceil((c.blockedUntil - now) / 1000)) },
      body: { error: "Too many requests. Your IP is throttled, try after some time." },
    };
  c.calls = c.calls.filter((t) => now - t < c.windowMs);
  if (c.calls.length >= c.points) {
    c.blockedUntil = now + c.blockMs;
    return throttle(m);
  }
  c.calls.push(now);
  return null;
}

export function mountInfoRoutes(router: Router, m: DelhiveryModule): void {
  const base = "/delhivery";
  router
    .on(
      "GET",
      `${base}/c/api/pin-codes/json`,
      // Shape of B2C docs FAQ "CHECK PINCODE SERVICEABILITY API" Q2 (fixture pincodeServed), the
      // values the sandbox's; unserved is that FAQ's Common Remarks answer {"delivery_codes": []}.
      guard(m, (req) => {
        const pin = req.query.get("filter_codes") ?? "";
        if (!PIN.test(pin) || DELHIVERY_UNSERVICEABLE.has(pin))
          return { body: { delivery_codes: [] } };
        const remote = pin.startsWith("79");
        return {
          body: {
            delivery_codes: [
              {
                postal_code: {
                  city: "Sandbox City",
                  cod: remote ? "N" : "Y",
                  inc: "Sandbox_Hub (Sandbox)",
                  district: "Sandbox",
                  pin: Number(pin),
                  max_amount: 0.0,
                  pre_paid: "Y",
                  cash: remote ? "N" : "Y",
                  state_code: "SB",
                  max_weight: 0.0,
                  pickup: "Y",
                  repl: "Y",
                  covid_zone: null,
                  country_code: "IN",
                  is_oda: remote ? "Y" : "N",
                  remarks: "",
                },
              },
            ],
          },
        };
      }),
    )
    .on(
      "GET",
      `${base}/api/dc/expected_tat`,
      // B2C docs "Expected TAT API" gives parameters and request only; {success, msg, data: {tat}}
      // is the sandbox's own (no published sample or public client schema found).
      guard(m, (req) => {
        const o = req.query.get("origin_pin") ?? "";
        const d = req.query.get("destination_pin") ?? "";
        const mot = req.query.get("mot") ?? "";
        if (!PIN.test(o) || !PIN.test(d) || !["S", "E", "N"].includes(mot))
          return {
            status: 400,
            body: { success: false, msg: "Invalid origin_pin, destination_pin or mot" },
          };
        const days = Math.max(1, tatDays(o, d) - (mot === "S" ? 0 : 1));
        return { body: { success: true, msg: "", data: { tat: days } } };
      }),
    )
    .on(
      "GET",
      `${base}/api/kinko/v1/invoice/charges/.json`,
      // Refusals: B2C docs FAQ "CALCULATE SHIPPING COST API" › Common Remarks, verbatim (their 400
      // is ours). The answer has no published sample: see payloads.ts charges().
      guard(m, (req) => {
        const limited = throttle(m);
        if (limited) return limited;
        const q = (k: string) => req.query.get(k) ?? "";
        if (!["S", "E"].includes(q("md")))
          return {
            status: 400,
            body: { error: "md is mandatory field and possible values can be S,E" },
          };
        if (!["Delivered", "RTO", "DTO"].includes(q("ss")))
          return {
            status: 400,
            body: { error: "ss is mandatory field and possible values can be Delivered,RTO,DTO" },
          };
        if (!PIN.test(q("o_pin")))
          return { status: 400, body: { error: "Unable to process request for provided o_pin" } };
        if (!PIN.test(q("d_pin")) || DELHIVERY_UNSERVICEABLE.has(q("d_pin")))
          return {
            status: 400,
            body: {
              error:
                "Unable to process request, Please contact: lastmile-integration@delhivery.com",
            },
          };
        const grams = Number(q("cgm") || 0);
        return { body: charges(q("o_pin"), q("d_pin"), grams, q("pt") === "COD", q("ss")) };
      }),
    )
    .on(
      "GET",
      `${base}/waybill/api/bulk/json`,
      // Refusals: B2C docs FAQ "FETCH WAYBILL API" › Common Remarks (client name ours). The answer,
      // a JSON string of comma-joined waybills, is the sandbox's own: no published sample.
      guard(m, (req) => {
        const count = Number(req.query.get("count"));
        if (!Number.isInteger(count) || count < 1)
          return { status: 400, body: "Bad Request! Invalid count for client PACKLINE" };
        if (count > 10_000)
          return { status: 400, body: "Bad Request! Count value should be less than 10000" };
        // unused waybills are simply issued: the sandbox accepts any it issued at create time
        return {
          body: JSON.stringify(Array.from({ length: count }, () => m.nextWaybill()).join(",")),
        };
      }),
    )
    .on(
      "POST",
      `${base}/fm/request/new`,
      // Refusals: B2C docs FAQ "Pickup Request Creation API" › Common Remarks, and its 7-day rule.
      // The answer is unpublished: keys of tejastee/pydelhivery's DelhiveryPickupSuccessResponse
      // (src/pydelhivery/models/DelhiveryModels.py @df2ee4e4); the 201 and the values are ours.
      guard(m, async (req) => {
        const body = req.json<Record<string, unknown>>();
        const date = String(body.pickup_date ?? "");
        const location = String(body.pickup_location ?? "").trim();
        const today = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
        const days = (Date.parse(date) - Date.parse(today)) / 86_400_000;
        if (
          !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
          !/^\d{2}:\d{2}:\d{2}$/.test(String(body.pickup_time ?? ""))
        )
          return {
            status: 400,
            body: { error: "pickup_date (YYYY-MM-DD) and pickup_time (hh:mm:ss) are required" },
          };
        if (days < 0)
          return { status: 400, body: { pickup_date: "Pickup date cannot be in past" } };
        if (days > 7)
          return {
            status: 400,
            body: { error: "Pickup date should not be more than 7 days from pickup creation date" },
          };
        if (!location)
          return {
            status: 400,
            body: {
              error: "Invalid Pickup Location ClientWarehouse matching query does not exist.",
            },
          };
        const key = `${location}|${date}`;
        const open = m.pickups.get(key);
        if (open)
          return {
            status: 400,
            body: { error: `A Pickup Request ${open.id} for this Pickup Location Already Exist.` },
          };
        const pickup = { id: Number(String(Date.now()).slice(-8)), date, location };
        m.pickups.set(key, pickup);
        for (const p of m.parcels.values())
          if (p.pickupLocation === location && p.step === "manifested") {
            p.pickupRequested = true;
            await m.step(p, false);
          }
        return {
          status: 201,
          body: {
            pickup_location_name: location,
            client_name: "PACKLINE",
            pickup_time: body.pickup_time,
            pickup_id: pickup.id,
            incoming_center_name: "Gurgaon_Bilaspur_HB (Haryana)",
            expected_package_count: Number(body.expected_package_count ?? 1),
            pickup_date: date,
          },
        };
      }),
    );
}
