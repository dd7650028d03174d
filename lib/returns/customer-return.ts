import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { limited } from "@/lib/tracking/look-up-tracking";
import type { ReturnInput } from "@/lib/validation/returns";
import { createReturnRequest } from "./create-return-request";
import { OPEN_RETURN_STATUSES, returnableLines } from "./returnable-lines";
import { getReturnWindowDays, returnWindowEnd } from "./return-window";

/** One sentence for an unknown parcel and a wrong phone: the answer must not tell them apart. */
export const RETURN_NOT_FOUND =
  "We could not find an order with this tracking number and phone number.";

/** The order a forward parcel's AWB belongs to, as typed or in capitals (like tracking). */
async function orderOfAwb(awb: string) {
  const typed = awb.trim();
  const shipment = await db.shipment.findFirst({
    where: { awb: { in: [...new Set([typed, typed.toUpperCase()])] }, direction: "FORWARD" },
    select: {
      order: {
        select: { id: true, number: true, status: true, deliveredAt: true, customerPhone: true },
      },
    },
  });
  if (!shipment) throw new AppError("NOT_FOUND", RETURN_NOT_FOUND);
  return shipment.order;
}

/** Phones compared on their last 10 digits: +91, a leading 0 and spaces do not matter. */
export const samePhone = (a: string, b: string) => {
  const last10 = (p: string) => p.replace(/\D/g, "").slice(-10);
  return last10(a).length === 10 && last10(a) === last10(b);
};

export type ReturnForm =
  | {
      kind: "open";
      orderNumber: string;
      windowEndsAt: string;
      lines: { orderItemId: string; title: string; returnable: number }[];
    }
  | { kind: "closed"; orderNumber: string; sentence: string };

/**
 * What the tracking page's return form offers for a parcel: the lines that may still come back
 * (their titles are on the tracking page already), or the sentence why none may. Under the
 * tracking look-up's limit; the phone is asked when the customer sends the form.
 */
export async function getCustomerReturnForm(awb: string, client: string, now = new Date()) {
  return limited(client, async (): Promise<ReturnForm> => {
    const order = await orderOfAwb(awb);
    const closed = (sentence: string): ReturnForm => ({
      kind: "closed",
      orderNumber: order.number,
      sentence,
    });
    if (order.status === "RETURNED") return closed("This order has already been returned.");
    if (order.status !== "DELIVERED" || !order.deliveredAt)
      return closed("You can ask for a return once your order has been delivered.");
    const days = await getReturnWindowDays();
    const end = returnWindowEnd(order.deliveredAt, days);
    if (now > end)
      return closed(
        `Returns can be asked for within ${days} days of delivery; this order's window has closed.`,
      );
    const open = await db.returnRequest.count({
      where: { orderId: order.id, status: { in: OPEN_RETURN_STATUSES } },
    });
    if (open) return closed("A return for this order is already under way.");
    const lines = (await db.$transaction((tx) => returnableLines(tx, order.id))).filter(
      (l) => l.returnable > 0,
    );
    if (!lines.length) return closed("Everything in this order has already been returned.");
    return {
      kind: "open",
      orderNumber: order.number,
      windowEndsAt: end.toISOString(),
      lines: lines.map(({ orderItemId, title, returnable }) => ({
        orderItemId,
        title,
        returnable,
      })),
    };
  });
}

/**
 * The customer's return request from the tracking page. The phone on the order proves it is
 * theirs (a wrong phone gets the same sentence as an unknown parcel, and costs like a missed
 * look-up); the window, quantities and one-open-return checks are createReturnRequest's.
 */
export async function requestCustomerReturn(options: {
  awb: string;
  phone: string;
  request: ReturnInput;
  client: string;
}) {
  return limited(options.client, async () => {
    const order = await orderOfAwb(options.awb);
    if (!samePhone(options.phone, order.customerPhone))
      throw new AppError("NOT_FOUND", RETURN_NOT_FOUND);
    const created = await createReturnRequest({
      orderId: order.id,
      source: "CUSTOMER",
      request: options.request,
      requestedBy: "customer",
    });
    return { orderNumber: created.orderNumber, units: created.units };
  });
}
