import { describe, expect, it } from "vitest";
import * as orders from "@/lib/payments/fixtures/razorpay-order-events";
import * as payments from "@/lib/payments/fixtures/razorpay-payment-events";
import { readRazorpayEvent } from "@/lib/payments/read-razorpay-event";
import { shapeOfSamples, shapeProblems } from "@/lib/testing/json-shape";
import { razorpayEventBody } from "./razorpay";

const published = {
  "payment.authorized": [
    payments.authorizedUpi,
    payments.authorizedCard,
    payments.authorizedNetbanking,
    payments.authorizedWallet,
  ],
  "payment.captured": [
    payments.capturedUpi,
    payments.capturedCard,
    payments.capturedNetbanking,
    payments.capturedWallet,
  ],
  "payment.failed": [
    payments.failedUpi,
    payments.failedCard,
    payments.failedNetbanking,
    payments.failedWallet,
  ],
  "order.paid": [
    orders.orderPaidUpi,
    orders.orderPaidCard,
    orders.orderPaidNetbanking,
    orders.orderPaidWallet,
  ],
} as const;
const methods = ["upi", "card", "netbanking", "wallet"] as const;

/** Razorpay writes notes as [] when there are none and as the merchant's own keys when set. */
function withNotesSet(sample: object): object {
  const copy = structuredClone(sample) as {
    payload: Record<string, { entity: { notes: unknown } }>;
  };
  for (const part of Object.values(copy.payload)) part.entity.notes = { packline_order_id: "PL-1" };
  return copy;
}

describe("sandbox Razorpay webhook bodies", () => {
  for (const [event, samples] of Object.entries(published) as [
    keyof typeof published,
    readonly object[],
  ][])
    it.each(methods.map((method, i) => [method, samples[i]!] as const))(
      `${event} by %s has the published sample's shape and reads back`,
      (method, sample) => {
        const body = razorpayEventBody(
          {
            url: "http://127.0.0.1/unused",
            secret: "s",
            event,
            method,
            amountPaise: 123_45,
            orderRef: "PL-1001",
            repeat: 1,
          },
          { paymentId: "pay_Sandbox1", orderId: "order_Sandbox1" },
        );
        expect(shapeProblems(body, shapeOfSamples(sample, withNotesSet(sample)))).toEqual([]);
        const read = readRazorpayEvent(JSON.stringify(body), new Headers());
        expect(read.ok && read.event.payload.payment?.entity).toMatchObject({
          id: "pay_Sandbox1",
          order_id: "order_Sandbox1",
          amount: 123_45,
          method,
          notes: { packline_order_id: "PL-1001" },
        });
        if (event === "order.paid")
          expect(read.ok && read.event.payload.order?.entity).toMatchObject({
            amount_paid: 123_45,
            receipt: "PL-1001",
          });
      },
    );
});
