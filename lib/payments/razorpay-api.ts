import { z } from "zod";
import { env } from "@/lib/env";

// Razorpay's refunds API (razorpay.com/docs/api/refunds): create a normal refund and list a
// payment's refunds, read with zod. Basic auth with the key id and secret. Without keys,
// development and tests talk to the sandbox; production refuses rather than guess.
export const razorpayRefundSchema = z.object({
  id: z.string().min(1),
  entity: z.literal("refund"),
  amount: z.number().int(),
  payment_id: z.string(),
  notes: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  receipt: z.string().nullish(),
  status: z.string(),
  created_at: z.number(),
});
export type RazorpayRefund = z.infer<typeof razorpayRefundSchema>;

const collectionSchema = z.object({
  entity: z.literal("collection"),
  count: z.number().int(),
  items: z.array(razorpayRefundSchema),
});

const errorSchema = z.object({
  error: z.object({ code: z.string(), description: z.string() }),
});

/** Razorpay refused the request (4xx): permanent, with its own description. */
export class RazorpayRefusal extends Error {
  constructor(
    readonly status: number,
    description: string,
  ) {
    super(description);
  }
}

function connection(): { base: string; auth: string } {
  const e = env();
  if (e.NODE_ENV === "production" && !(e.RAZORPAY_KEY_ID && e.RAZORPAY_KEY_SECRET))
    throw new Error("RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET must be set to issue refunds.");
  const base =
    e.RAZORPAY_API_URL ??
    (e.NODE_ENV === "production" ? "https://api.razorpay.com" : e.SANDBOX_URL);
  const key = `${e.RAZORPAY_KEY_ID ?? "rzp_test_sandbox"}:${e.RAZORPAY_KEY_SECRET ?? "sandbox"}`;
  return { base: base.replace(/\/+$/, ""), auth: `Basic ${Buffer.from(key).toString("base64")}` };
}

async function call(path: string, init: RequestInit = {}): Promise<unknown> {
  const { base, auth } = connection();
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { authorization: auth, "content-type": "application/json", ...init.headers },
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  if (res.status >= 400 && res.status < 500 && res.status !== 429) {
    const parsed = errorSchema.safeParse(safeJson(text));
    throw new RazorpayRefusal(
      res.status,
      parsed.success ? parsed.data.error.description : `Razorpay answered ${res.status}`,
    );
  }
  // 429, 5xx: transient; the caller's job is retried and lists refunds before calling again
  if (!res.ok) throw new Error(`Razorpay answered ${res.status}: ${text.slice(0, 200)}`);
  return safeJson(text);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function createRazorpayRefund(input: {
  paymentId: string;
  amountPaise: number;
  idempotencyKey: string;
  notes: Record<string, string>;
}): Promise<RazorpayRefund> {
  const answer = await call(`/v1/payments/${encodeURIComponent(input.paymentId)}/refund`, {
    method: "POST",
    headers: { "x-refund-idempotency": input.idempotencyKey },
    body: JSON.stringify({
      amount: input.amountPaise,
      speed: "normal",
      receipt: input.idempotencyKey.slice(0, 40),
      notes: input.notes,
    }),
  });
  return razorpayRefundSchema.parse(answer);
}

export async function listRazorpayRefunds(paymentId: string): Promise<RazorpayRefund[]> {
  const answer = await call(`/v1/payments/${encodeURIComponent(paymentId)}/refunds?count=100`);
  return collectionSchema.parse(answer).items;
}
