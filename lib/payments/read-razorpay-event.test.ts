import { describe, expect, it } from "vitest";
import * as orders from "./fixtures/razorpay-order-events";
import * as payments from "./fixtures/razorpay-payment-events";
import { readRazorpayEvent } from "./read-razorpay-event";

// Every body Razorpay publishes for the events Packline reads, read exactly as a delivery is:
// from the raw text, with no X-Razorpay-Event-Id (the published bodies carry no id of their own).
function read(body: object) {
  const result = readRazorpayEvent(JSON.stringify(body), new Headers());
  if (!result.ok) throw new Error(result.problem);
  return result;
}

const expected: [
  name: string,
  body: object,
  orderId: string,
  paymentId: string,
  paise: number,
  method: string,
  status: string,
][] = [
  [
    "authorized netbanking",
    payments.authorizedNetbanking,
    "order_DESlLckIVRkHWj",
    "pay_DESlfW9H8K9uqM",
    100,
    "netbanking",
    "authorized",
  ],
  [
    "authorized card",
    payments.authorizedCard,
    "order_DESoU0U4ikYA19",
    "pay_DESp9bgForNoUd",
    100,
    "card",
    "authorized",
  ],
  [
    "authorized wallet",
    payments.authorizedWallet,
    "order_DESso0U9bpuzQc",
    "pay_DEStK8twGApHtW",
    100,
    "wallet",
    "authorized",
  ],
  [
    "authorized UPI",
    payments.authorizedUpi,
    "order_DESxiijbl9xjDB",
    "pay_DESyzxuld02Zul",
    100,
    "upi",
    "authorized",
  ],
  [
    "captured netbanking",
    payments.capturedNetbanking,
    "order_DESlLckIVRkHWj",
    "pay_DESlfW9H8K9uqM",
    100,
    "netbanking",
    "captured",
  ],
  [
    "captured card",
    payments.capturedCard,
    "order_DESoU0U4ikYA19",
    "pay_DESp9bgForNoUd",
    100,
    "card",
    "captured",
  ],
  [
    "captured wallet",
    payments.capturedWallet,
    "order_DESso0U9bpuzQc",
    "pay_DEStK8twGApHtW",
    100,
    "wallet",
    "captured",
  ],
  [
    "captured UPI",
    payments.capturedUpi,
    "order_DESxiijbl9xjDB",
    "pay_DESyzxuld02Zul",
    100,
    "upi",
    "captured",
  ],
  [
    "failed netbanking",
    payments.failedNetbanking,
    "order_DEATVTRRctwEGb",
    "pay_DEAU825sJlCbGa",
    50000,
    "netbanking",
    "failed",
  ],
  [
    "failed card",
    payments.failedCard,
    "order_DESoU0U4ikYA19",
    "pay_DESp9bgForNoUd",
    100,
    "card",
    "failed",
  ],
  [
    "failed wallet",
    payments.failedWallet,
    "order_Epitst92Bya4gC",
    "pay_Epiu9wz2hXBGsJ",
    10000,
    "wallet",
    "failed",
  ],
  [
    "failed UPI",
    payments.failedUpi,
    "order_DESxiijbl9xjDB",
    "pay_DESyzxuld02Zul",
    100,
    "upi",
    "failed",
  ],
  [
    "order.paid netbanking",
    orders.orderPaidNetbanking,
    "order_DESlLckIVRkHWj",
    "pay_DESlfW9H8K9uqM",
    100,
    "netbanking",
    "captured",
  ],
  [
    "order.paid card",
    orders.orderPaidCard,
    "order_DESoU0U4ikYA19",
    "pay_DESp9bgForNoUd",
    100,
    "card",
    "captured",
  ],
  [
    "order.paid wallet",
    orders.orderPaidWallet,
    "order_DESso0U9bpuzQc",
    "pay_DEStK8twGApHtW",
    100,
    "wallet",
    "captured",
  ],
  [
    "order.paid UPI",
    orders.orderPaidUpi,
    "order_DESxiijbl9xjDB",
    "pay_DESyzxuld02Zul",
    100,
    "upi",
    "captured",
  ],
];

describe("Razorpay's published webhook bodies", () => {
  it.each(expected)("reads %s", (_, body, orderId, paymentId, paise, method, status) => {
    const { event, eventType } = read(body);
    const payment = event.payload.payment!.entity;
    expect(eventType).toBe((body as { event: string }).event);
    expect(payment).toMatchObject({
      id: paymentId,
      order_id: orderId,
      amount: paise,
      method,
      status,
    });
    // the samples leave currency empty on most tabs: an Indian account's payment is in rupees
    expect(payment.currency).toBe("INR");
    // notes published as [] read as no notes, not as a malformed body
    expect(payment.notes).toEqual({});
  });

  it("reads the order entity of order.paid: amount paid and receipt", () => {
    for (const body of [orders.orderPaidNetbanking, orders.orderPaidCard, orders.orderPaidUpi]) {
      const order = read(body).event.payload.order!.entity;
      expect(order).toMatchObject({
        amount: 100,
        amount_paid: 100,
        status: "paid",
        receipt: "rcptid #1",
      });
    }
  });

  it("takes the event id from X-Razorpay-Event-Id, which the bodies do not carry", () => {
    const headers = new Headers({ "x-razorpay-event-id": "evt_published_1" });
    const result = readRazorpayEvent(JSON.stringify(payments.capturedUpi), headers);
    expect(result).toMatchObject({
      ok: true,
      eventId: "evt_published_1",
      eventType: "payment.captured",
    });
  });

  it("still refuses a body that is not a payment event, with the field that is wrong", () => {
    const broken = structuredClone(payments.capturedCard) as {
      payload: { payment: { entity: Record<string, unknown> } };
    };
    broken.payload.payment.entity.amount = "100";
    const result = readRazorpayEvent(JSON.stringify(broken), new Headers());
    expect(result).toMatchObject({ ok: false, eventType: "payment.captured" });
    expect(!result.ok && result.problem).toMatch(/payload\.payment\.entity\.amount/);
  });
});
