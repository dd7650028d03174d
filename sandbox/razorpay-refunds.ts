import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Router, SandboxRequest, SandboxResponse } from "./http";

// Razorpay's refunds API as published (razorpay.com/docs/api/refunds): create a normal refund
// (POST /v1/payments/:id/refund, amount in paise, X-Refund-Idempotency honoured) and list a
// payment's refunds (GET /v1/payments/:id/refunds, a collection). Answers and errors have the
// documented shapes. Payments are known to the sandbox once captured through
// /_control/razorpay/send or registered with /_control/razorpay/payments {id, amountPaise}.
// /_control/razorpay/lose-answers {times} makes the next refunds go through but answer 504, as
// when the gateway's answer is lost on the way back.
interface Refund {
  id: string;
  entity: "refund";
  amount: number;
  currency: "INR";
  payment_id: string;
  notes: Record<string, string>;
  receipt: string | null;
  acquirer_data: { arn: string | null };
  created_at: number;
  batch_id: null;
  status: "processed";
  speed_processed: "normal";
  speed_requested: "normal";
}

const captured = new Map<string, number>();
const refunds = new Map<string, Refund[]>();
const byIdempotencyKey = new Map<string, Refund>();
let answersToLose = 0;

export function registerCapturedPayment(paymentId: string, amountPaise: number): void {
  captured.set(paymentId, amountPaise);
}

const refundBody = z.object({
  amount: z.number().int().optional(),
  speed: z.enum(["normal", "optimum"]).optional(),
  receipt: z.string().max(40).optional(),
  notes: z.record(z.string(), z.string()).optional(),
});

function badRequest(description: string, field?: string): SandboxResponse {
  return {
    status: 400,
    body: {
      error: {
        code: "BAD_REQUEST_ERROR",
        description,
        source: "business",
        step: "payment_initiation",
        reason: "input_validation_failed",
        metadata: {},
        ...(field ? { field } : {}),
      },
    },
  };
}

function authorised(req: SandboxRequest): boolean {
  return /^Basic \S+$/.test(String(req.headers.authorization ?? ""));
}

function createRefund(req: SandboxRequest): SandboxResponse {
  if (!authorised(req))
    return {
      status: 401,
      body: {
        error: { code: "BAD_REQUEST_ERROR", description: "The api key provided is invalid" },
      },
    };
  const paymentId = req.params.id ?? "";
  const paid = captured.get(paymentId);
  if (paid === undefined) return badRequest(`${paymentId} is not a valid id`);
  const key = req.headers["x-refund-idempotency"];
  const replay = typeof key === "string" ? byIdempotencyKey.get(`${paymentId}:${key}`) : undefined;
  if (replay) return { body: replay };
  const parsed = refundBody.safeParse(req.json());
  if (!parsed.success) return badRequest("The request body is invalid");
  const done = (refunds.get(paymentId) ?? []).reduce((sum, r) => sum + r.amount, 0);
  const amount = parsed.data.amount ?? paid - done;
  if (amount < 100) return badRequest("The amount must be at least INR 1.00", "amount");
  if (amount > paid - done)
    return badRequest("The refund amount provided is greater than amount captured", "amount");
  const refund: Refund = {
    id: `rfnd_${randomBytes(7).toString("base64url")}`,
    entity: "refund",
    amount,
    currency: "INR",
    payment_id: paymentId,
    notes: parsed.data.notes ?? {},
    receipt: parsed.data.receipt ?? null,
    acquirer_data: { arn: null },
    created_at: Math.floor(Date.now() / 1000),
    batch_id: null,
    status: "processed",
    speed_processed: "normal",
    speed_requested: "normal",
  };
  refunds.set(paymentId, [...(refunds.get(paymentId) ?? []), refund]);
  if (typeof key === "string") byIdempotencyKey.set(`${paymentId}:${key}`, refund);
  if (answersToLose > 0) {
    answersToLose -= 1;
    return {
      status: 504,
      body: { message: "sandbox: the refund went through, its answer was lost" },
    };
  }
  return { body: refund };
}

export function mountRazorpayRefunds(router: Router): void {
  router
    .on("POST", "/v1/payments/:id/refund", createRefund)
    .on("GET", "/v1/payments/:id/refunds", (req) => {
      if (!authorised(req))
        return {
          status: 401,
          body: {
            error: { code: "BAD_REQUEST_ERROR", description: "The api key provided is invalid" },
          },
        };
      const id = req.params.id ?? "";
      if (!captured.has(id)) return badRequest(`${id} is not a valid id`);
      const items = [...(refunds.get(id) ?? [])].reverse();
      return { body: { entity: "collection", count: items.length, items } };
    })
    .on("POST", "/_control/razorpay/payments", (req) => {
      const parsed = z
        .object({ id: z.string().regex(/^pay_\w+$/), amountPaise: z.number().int().min(100) })
        .safeParse(req.json());
      if (!parsed.success) return { status: 400, body: { error: parsed.error.issues } };
      registerCapturedPayment(parsed.data.id, parsed.data.amountPaise);
      return { body: { ok: true } };
    })
    .on("POST", "/_control/razorpay/lose-answers", (req) => {
      const parsed = z.object({ times: z.number().int().min(0).max(10) }).safeParse(req.json());
      if (!parsed.success) return { status: 400, body: { error: parsed.error.issues } };
      answersToLose = parsed.data.times;
      return { body: { ok: true } };
    });
}
