import { refusalFor } from "../../refusals";
import type { Router } from "../../http";
import { awbAssigned, SANDBOX_COMPANY_ID } from "./answers-orders";
import { trackingData } from "./answers-tracking";
import { istStamp } from "./journey";
import { bad, type ShiprocketModule } from "./module";
import {
  asPublished,
  assignAwbMissing,
  assignAwbReassign,
  ndrAction,
  trackingMissingAwb,
  trackingMultipleWrongFormat,
  trackingNoActivities,
} from "./published";
import { couriers } from "./routes-rates";

// auth/login, courier/assign/awb, the four tracking reads, NDR action (pickup, label, manifest
// and invoice are in routes-handover.ts). Shapes: ./published.ts.

export function mountCourierRoutes(router: Router, m: ShiprocketModule): void {
  const { base, store } = m;
  const tracked = (s: ReturnType<typeof store.byAwb>) =>
    s?.awb ? { body: trackingData(s) } : asPublished(trackingNoActivities);

  router
    // Shiprocket publishes no example answer for login; this one carries the documented token.
    .on("POST", `${base}/auth/login`, (req) => {
      const { email, password } = req.json<{ email?: string; password?: string }>();
      const expected = store.credentials;
      if (
        !email ||
        !password ||
        (expected && (expected.email !== email || expected.password !== password))
      )
        return {
          status: 403,
          body: { message: "Invalid email and password combination", status_code: 403 },
        };
      return {
        body: {
          id: 3662547,
          first_name: "API",
          last_name: "User",
          email,
          company_id: SANDBOX_COMPANY_ID,
          created_at: istStamp(),
          token: store.issueToken(),
        },
      };
    })
    .on("POST", `${base}/courier/assign/awb`, (req) =>
      m.authed(req, async () => {
        const { shipment_id, courier_id } = req.json<{
          shipment_id?: unknown;
          courier_id?: unknown;
        }>();
        const s = store.shipment(Number(shipment_id));
        if (!s) return asPublished(assignAwbMissing);
        if (s.cancelled) return bad("Cannot assign AWB to a cancelled shipment.");
        if (s.awb) return asPublished(assignAwbReassign);
        const refused = refusalFor("shiprocket", {
          // the delivery pincode: shipping_*, or billing_* when shipping_is_billing
          pincode: String(s.body.shipping_pincode || s.body.billing_pincode || ""),
          reference: s.channelOrderId,
        });
        // Shiprocket's refusal at this step: HTTP 200, awb_assign_status 0 and the reason.
        if (refused)
          return {
            body: { awb_assign_status: 0, response: { data: { awb_assign_error: refused } } },
          };
        const courier = couriers.find((c) => c.id === Number(courier_id)) ?? couriers[0]!;
        store.assignAwb(s, courier);
        await m.record(s, 1);
        return { body: awbAssigned(s, m.store.pickupLocations) };
      }),
    )
    .on("GET", `${base}/courier/track/awb/:awb`, (req) =>
      m.authed(req, () => tracked(store.byAwb(req.params.awb ?? ""))),
    )
    .on("GET", `${base}/courier/track/awb`, (req) =>
      m.authed(req, () => asPublished(trackingMissingAwb)),
    )
    .on("GET", `${base}/courier/track/shipment/:id`, (req) =>
      m.authed(req, () => tracked(store.shipment(Number(req.params.id)))),
    )
    // Up to 50 AWBs, one tracking answer per known AWB keyed by it; `{}` when none is known.
    .on("POST", `${base}/courier/track/awbs`, (req) =>
      m.authed(req, () => {
        const { awbs } = req.json<{ awbs?: unknown }>();
        if (!Array.isArray(awbs)) return asPublished(trackingMultipleWrongFormat);
        const known = awbs.slice(0, 50).flatMap((awb) => {
          const s = store.byAwb(String(awb));
          return s ? [[String(awb), trackingData(s)] as const] : [];
        });
        return { body: Object.fromEntries(known) };
      }),
    )
    .on("GET", `${base}/courier/track`, (req) =>
      m.authed(req, () => ({
        body: store
          .all()
          .filter((s) => s.awb && s.channelOrderId === req.query.get("order_id"))
          .map(trackingData),
      })),
    )
    .on("POST", `${base}/ndr/:awb/action`, (req) =>
      m.authed(req, () => {
        const s = store.byAwb(req.params.awb ?? "");
        const { action, comments } = req.json<{ action?: string; comments?: string }>();
        if (!action || comments === undefined)
          return {
            status: 422,
            body: {
              message: "Oops! Invalid Data.",
              errors: { action: ["The action and comments fields are required."] },
              status_code: 422,
            },
          };
        if (!s || s.code !== 21)
          return bad("NDR action can only be taken on an undelivered shipment.");
        if (action !== "re-attempt" && action !== "return")
          return bad(`Unknown NDR action "${action}".`);
        s.ndrAction = action;
        s.ndrRequests.push(req.json<Record<string, unknown>>());
        return asPublished(ndrAction);
      }),
    );
}
