import type { Router, SandboxRequest, SandboxResponse } from "../../http";
import { orderShowAnswer } from "./answers-charges";
import { orderSummary } from "./answers-orders";
import type { ShiprocketModule } from "./module";
import {
  asPublished,
  cancelOrder,
  cancelOrderMissing,
  cancelOrderUnknown,
  createCustomOrder,
  createCustomOrderMissingId,
  createReturnOrder,
  ordersList,
} from "./published";

// orders/create/adhoc, orders/create/return, orders (search), orders/cancel. Shapes:
// ./published.ts; the 400 for cancelling a parcel already picked up is not published.

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
  body: { ...structuredClone(createCustomOrderMissingId.body), errors },
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
      const ids = { order_id: s.orderId, shipment_id: s.shipmentId };
      return {
        body: isReturn
          ? { ...createReturnOrder.body, ...ids, company_name: "packline-sandbox" }
          : { ...createCustomOrder.body, ...ids },
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
        const perPage = Number(req.query.get("per_page") ?? 15);
        const data = found.slice(0, perPage).map(orderSummary);
        const pagination = {
          ...ordersList.body.meta.pagination,
          total: found.length,
          count: data.length,
          per_page: perPage,
          current_page: 1,
          total_pages: 1,
          links: {},
        };
        return { body: { data, meta: { pagination } } };
      }),
    )
    .on("GET", `${m.base}/orders/show/:id`, (req) =>
      m.authed(req, () => {
        const s = m.store.all().find((x) => String(x.orderId) === req.params.id);
        // the published answer to an unknown id (Invalid Data)
        if (!s) return { status: 400, body: { message: "Order ID not found", status_code: 400 } };
        return { body: orderShowAnswer(s) };
      }),
    )
    .on("POST", `${m.base}/orders/cancel`, (req) =>
      m.authed(req, async () => {
        const ids = req.json<{ ids?: unknown }>().ids;
        if (!Array.isArray(ids) || ids.length === 0) return asPublished(cancelOrderMissing);
        const targets = m.store.all().filter((s) => ids.map(Number).includes(s.orderId));
        if (targets.length === 0) return asPublished(cancelOrderUnknown);
        const moving = targets.find((s) => s.scans.some((x) => x["sr-status"] === "42"));
        if (moving)
          return {
            status: 400,
            body: {
              message: `Order ${moving.channelOrderId} is already picked up and cannot be cancelled.`,
              status_code: 400,
            },
          };
        for (const s of targets) await m.cancel(s);
        // 204 No Content, as published: no body at all.
        return { status: cancelOrder.status };
      }),
    );
}
