import type { Router, SandboxRequest, SandboxResponse } from "../../http";
import type { ShiprocketModule } from "./module";
import { orderSummary } from "./payloads";

// orders/create/adhoc, orders/create/return, orders (search), orders/cancel.

const forwardRequired = [
  "order_id",
  "order_date",
  "pickup_location",
  "billing_customer_name",
  "billing_address",
  "billing_city",
  "billing_pincode",
  "billing_state",
  "billing_country",
  "billing_email",
  "billing_phone",
  "order_items",
  "payment_method",
  "sub_total",
  "length",
  "breadth",
  "height",
  "weight",
];
const returnRequired = [
  "order_id",
  "order_date",
  "pickup_customer_name",
  "pickup_address",
  "pickup_city",
  "pickup_state",
  "pickup_country",
  "pickup_pincode",
  "pickup_phone",
  "shipping_customer_name",
  "shipping_address",
  "shipping_city",
  "shipping_state",
  "shipping_country",
  "shipping_pincode",
  "shipping_phone",
  "order_items",
  "payment_method",
  "sub_total",
  "length",
  "breadth",
  "height",
  "weight",
];

const invalidData = (errors: Record<string, string[]>): SandboxResponse => ({
  status: 422,
  body: { message: "Oops! Invalid Data.", errors, status_code: 422 },
});

function check(body: Record<string, unknown>, required: string[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const human = (f: string) => f.replace(/_/g, " ");
  for (const field of required) {
    const v = body[field];
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0))
      errors[field] = [`The ${human(field)} field is required.`];
  }
  for (const field of ["billing_pincode", "pickup_pincode", "shipping_pincode"])
    if (body[field] !== undefined && body[field] !== "" && !/^\d{6}$/.test(String(body[field])))
      errors[field] = [`The ${human(field)} must be 6 digits.`];
  for (const field of ["billing_phone", "pickup_phone", "shipping_phone"])
    if (body[field] !== undefined && body[field] !== "" && !/^\d{10}$/.test(String(body[field])))
      errors[field] = [`The ${human(field)} must be 10 digits.`];
  for (const field of ["length", "breadth", "height"])
    if (body[field] !== undefined && !(Number(body[field]) > 0.5))
      errors[field] = [`The ${field} must be greater than 0.5.`];
  if (body.weight !== undefined && !(Number(body.weight) > 0))
    errors.weight = ["The weight must be greater than 0."];
  return errors;
}

export function mountOrderRoutes(router: Router, m: ShiprocketModule): void {
  const create = (isReturn: boolean) => (req: SandboxRequest) =>
    m.authed(req, () => {
      const body = req.json<Record<string, unknown>>();
      const errors = check(body, isReturn ? returnRequired : forwardRequired);
      const orderId = String(body.order_id ?? "");
      if (orderId && m.store.channelOrderTaken(orderId))
        errors.order_id = ["The order id has already been taken."];
      if (Object.keys(errors).length) return invalidData(errors);
      const s = m.store.addOrder(orderId, isReturn, body);
      const base = { order_id: s.orderId, shipment_id: s.shipmentId };
      return {
        body: isReturn
          ? { ...base, status: "RETURN PENDING", status_code: 21, company_name: "packline-sandbox" }
          : {
              ...base,
              status: "NEW",
              status_code: 1,
              onboarding_completed_now: 0,
              awb_code: null,
              courier_company_id: null,
              courier_name: null,
            },
      };
    });
  router
    .on("POST", `${m.base}/orders/create/adhoc`, create(false))
    .on("POST", `${m.base}/orders/create/return`, create(true))
    .on("GET", `${m.base}/orders`, (req) =>
      m.authed(req, () => {
        const term = req.query.get("search")?.trim() ?? "";
        const found = m.store
          .all()
          .filter((s) => !term || s.channelOrderId === term || s.awb === term)
          .sort((a, b) => b.orderId - a.orderId);
        const data = found.slice(0, Number(req.query.get("per_page") ?? 15)).map(orderSummary);
        const pagination = {
          total: found.length,
          count: data.length,
          per_page: 15,
          current_page: 1,
          total_pages: 1,
          links: {},
        };
        return { body: { data, meta: { pagination } } };
      }),
    )
    .on("POST", `${m.base}/orders/cancel`, (req) =>
      m.authed(req, async () => {
        const ids = req.json<{ ids?: unknown }>().ids;
        if (!Array.isArray(ids) || ids.length === 0)
          return {
            status: 422,
            body: {
              message: "Required field missing",
              errors: { ids: ["The ids field is required."] },
              status_code: 422,
            },
          };
        const targets = m.store.all().filter((s) => ids.map(Number).includes(s.orderId));
        const moving = targets.find((s) => s.scans.some((x) => x["sr-status"] === "42"));
        if (targets.length === 0 || moving)
          return {
            status: 400,
            body: {
              message: moving
                ? `Order ${moving.channelOrderId} is already picked up and cannot be cancelled.`
                : "Invalid order ids.",
              status_code: 400,
            },
          };
        for (const s of targets) await m.cancel(s);
        return { body: { status: 200, message: "Order cancelled successfully." } };
      }),
    );
}
