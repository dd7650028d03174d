import type { Router } from "../../http";
import { istStamp } from "./lifecycle";
import type { ShiprocketModule } from "./module";
import { couriers, trackingData } from "./payloads";
import type { SrShipment } from "./store";

// auth/login, courier/assign/awb, courier/generate/pickup,
// courier/generate/label, manifests/generate, courier/track/awb/{awb}, courier/track, ndr action.

export function mountCourierRoutes(router: Router, m: ShiprocketModule): void {
  const { base, store } = m;
  const origin = (host: string | undefined) => `http://${host ?? "127.0.0.1"}`;
  const shipmentsOf = (ids: unknown): SrShipment[] | null => {
    if (!Array.isArray(ids) || ids.length === 0) return null;
    const found = ids.map((id) => store.shipment(Number(id)));
    return found.every((s): s is SrShipment => !!s && !!s.awb && !s.cancelled) ? found : null;
  };
  const bad = (message: string) => ({ status: 400, body: { message, status_code: 400 } });

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
    .on("POST", `${base}/courier/generate/pickup`, (req) =>
      m.authed(req, async () => {
        const list = shipmentsOf(req.json<{ shipment_id?: unknown }>().shipment_id);
        if (!list) return bad("Invalid shipment id");
        for (const s of list) {
          s.pickupRequested = true;
          if (s.code === 1) await m.record(s, 3);
        }
        const date = istStamp(new Date(Date.now() + 86_400_000)).slice(0, 10);
        return {
          body: {
            pickup_status: 1,
            response: {
              pickup_scheduled_date: `${date} 12:00:00`,
              pickup_token_number: `Reference No: ${list[0]!.shipmentId}_SANDBOX_${date.replace(/-/g, "")}`,
              status: 3,
              pickup_generated_date: {
                date: istStamp(),
                timezone_type: 3,
                timezone: "Asia/Kolkata",
              },
              data: `Pickup is confirmed by ${list[0]!.courierName} For AWB :- ${list.map((s) => s.awb).join(", ")}`,
            },
          },
        };
      }),
    )
    .on("POST", `${base}/courier/generate/label`, (req) =>
      m.authed(req, () => {
        const list = shipmentsOf(req.json<{ shipment_id?: unknown }>().shipment_id);
        if (!list)
          return {
            body: {
              label_created: 0,
              not_created: [],
              response: "No valid shipment ids to print label",
            },
          };
        const ids = list.map((s) => s.shipmentId).join("-");
        return {
          body: {
            label_created: 1,
            label_url: `${origin(req.headers.host)}/shiprocket/files/labels/${ids}.pdf`,
            response: "Label has been created and uploaded successfully!",
            not_created: [],
          },
        };
      }),
    )
    .on("POST", `${base}/manifests/generate`, (req) =>
      m.authed(req, () => {
        const list = shipmentsOf(req.json<{ shipment_id?: unknown }>().shipment_id);
        if (!list || list.some((s) => !s.pickupRequested))
          return bad("AWB must be assigned and pickup requested to generate manifest.");
        const done = list.filter((s) => s.manifested);
        if (done.length)
          return {
            status: 400,
            body: {
              message:
                "Manifest already generated for some shipment_ids, Please try again after removin them",
              status_code: 400,
              already_manifested_shipment_ids: done.map((s) => s.shipmentId),
            },
          };
        list.forEach((s) => (s.manifested = true));
        return {
          body: {
            status: 1,
            manifest_url: `${origin(req.headers.host)}/shiprocket/files/manifests/MANIFEST-${list.map((s) => s.shipmentId).join("-")}.pdf`,
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
