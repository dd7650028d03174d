import { unstorableTextIn } from "@/lib/webhooks/webhook-delivery";
import { razorpayEventSchema, type RazorpayEvent } from "./razorpay-event-schema";

export type ReadRazorpayEvent =
  | { ok: true; event: RazorpayEvent; eventId: string | null; eventType: string }
  | { ok: false; problem: string; eventId: string | null; eventType: string | null };

/**
 * Reads a verified Razorpay delivery: its event id (X-Razorpay-Event-Id, else the body's `id`),
 * its type, and the event itself, or why it cannot be used: not JSON, text that cannot be stored,
 * or not the shape of a Razorpay event.
 */
export function readRazorpayEvent(rawBody: string, headers: Headers): ReadRazorpayEvent {
  const fromHeader = headers.get("x-razorpay-event-id")?.trim() || null;
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, problem: "The body is not JSON.", eventId: fromHeader, eventType: null };
  }
  const problem = unstorableTextIn(rawBody, json);
  if (problem !== null) return { ok: false, problem, eventId: fromHeader, eventType: null };
  const body = json as { id?: unknown; event?: unknown } | null;
  const eventId = fromHeader ?? (typeof body?.id === "string" ? body.id : null);
  const parsed = razorpayEventSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `Malformed event: ${issue?.path.join(".")}: ${issue?.message}`,
      eventId,
      eventType: typeof body?.event === "string" ? body.event : null,
    };
  }
  return { ok: true, event: parsed.data, eventId, eventType: parsed.data.event };
}
