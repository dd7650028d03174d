import type { Router } from "../../http";
import { istStamp } from "./lifecycle";
import { bad, type ShiprocketModule } from "./module";
import { couriers, trackingData } from "./payloads";

// auth/login, courier/assign/awb, courier/track/awb/{awb}, courier/track, ndr action
// (pickup, label and manifest are in routes-handover.ts).

export function mountCourierRoutes(router: Router, m: ShiprocketModule): void {
  const { base, store } = m;

  router
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
          company_id: 25149,
          created_at: istStamp(),
          token: store.issueToken(),
        },
      };
    })
    .on("POST", `${base}/courier/assign/awb`, (req) =>
      m.authed(req, async () => {
        const { shipment_id, courier_id } = req.json<{
          shipment_id?: number;
          courier_id?: number;
        }>();
        const s = store.shipment(Number(shipment_id));
        if (!s)
          return {
            status: 422,
            body: {
              message: "Required field missing",
              errors: { shipment_id: ["The shipment id field is required."] },
              status_code: 422,
            },
          };
        if (s.cancelled) return bad("Cannot assign AWB to a cancelled shipment.");
        if (s.awb) return bad(`AWB is already assigned: ${s.awb}`);
        const courier = couriers.find((c) => c.id === Number(courier_id)) ?? couriers[0]!;
        store.assignAwb(s, courier);
        await m.record(s, 1);
        return {
          body: {
            awb_assign_status: 1,
            response: {
              data: {
                courier_company_id: courier.id,
                awb_code: s.awb,
                cod: s.body.payment_method === "COD" ? 1 : 0,
                order_id: s.orderId,
                shipment_id: s.shipmentId,
                awb_code_status: 1,
                assigned_date_time: {
                  date: istStamp(),
                  timezone_type: 3,
                  timezone: "Asia/Kolkata",
                },
                applied_weight: Number(s.body.weight),
                courier_name: courier.name,
                child_courier_name: null,
                pickup_scheduled_date: null,
                routing_code: "",
              },
            },
          },
        };
      }),
    )
    .on("GET", `${base}/courier/track/awb/:awb`, (req) =>
      m.authed(req, () => {
        const s = store.byAwb(req.params.awb ?? "");
        if (!s)
          return {
            body: {
              tracking_data: {
                track_status: 0,
                error:
                  "Aahh! There is no activities found in our DB. Please have some patience it will be updated soon.",
              },
            },
          };
        return { body: trackingData(s) };
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
        return { status: 202, body: { status: "Data Updated Sucessfully" } };
      }),
    );
}
