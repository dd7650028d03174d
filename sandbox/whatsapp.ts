import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import { createWebhookPusher } from "./couriers/shared/webhook-pusher";
import type { Router, SandboxRequest } from "./http";
import { buyerReplyMessage, replySchema } from "./whatsapp-buyer-reply";

// Meta's WhatsApp Business Cloud API, template messages only: POST
// /whatsapp/{version}/{phone-number-id}/messages with a Bearer token, answered like Graph API
// (messaging_product, contacts[{input, wa_id}], messages[{id: "wamid.…"}]; errors as
// {error: {message, type, code, error_data, fbtrace_id}}). After accepting a message it posts the
// documented `messages` webhook with statuses sent, delivered and read to the configured URL,
// signed X-Hub-Signature-256 with the app secret; `repeat` sends each callback more than once,
// as Meta does when an answer is slow. Template quick-reply buttons are accepted with their
// payloads, and POST /_control/whatsapp/reply makes the buyer answer one (a button or typed
// text), posted as Meta's inbound `messages` webhook, signed the same way.
export const SANDBOX_WHATSAPP_TOKEN = "sandbox-whatsapp-token";
export const SANDBOX_WHATSAPP_PHONE_ID = "106540352242922";
/** the app secret the sandbox signs callbacks with until a test or the demo sets another */
export const SANDBOX_WHATSAPP_APP_SECRET = "sandbox-whatsapp-app-secret";
const WABA_ID = "102290129340398";

const sendSchema = z.object({
  messaging_product: z.literal("whatsapp"),
  recipient_type: z.literal("individual").optional(),
  to: z.string().regex(/^\d{8,15}$/, "to must be a phone number with country code, digits only"),
  type: z.literal("template", { message: "the sandbox accepts template messages only" }),
  template: z.object({
    name: z.string().regex(/^[a-z0-9_]{1,512}$/, "template name must be lowercase a-z, 0-9 and _"),
    language: z.object({ code: z.string().min(2).max(15), policy: z.string().optional() }),
    components: z
      .array(
        z.union([
          z.object({
            type: z.literal("body"),
            parameters: z.array(z.object({ type: z.literal("text"), text: z.string().min(1) })),
          }),
          z.object({
            type: z.literal("button"),
            sub_type: z.literal("quick_reply"),
            index: z.string().regex(/^\d$/),
            parameters: z
              .array(z.object({ type: z.literal("payload"), payload: z.string().min(1).max(256) }))
              .length(1),
          }),
        ]),
      )
      .optional(),
  }),
});

export interface SentWhatsApp {
  id: string;
  to: string;
  template: string;
  language: string;
  parameters: string[];
  /** quick-reply button payloads, by index */
  quickReplies: string[];
  receivedAt: string;
}

const sent: SentWhatsApp[] = [];
const pusher = createWebhookPusher();
let appSecret = SANDBOX_WHATSAPP_APP_SECRET;
let repeat = 1;

const graphError = (status: number, code: number, message: string, details?: string) => ({
  status,
  body: {
    error: {
      message,
      type: "OAuthException",
      code,
      ...(details ? { error_data: { messaging_product: "whatsapp", details } } : {}),
      fbtrace_id: randomBytes(8).toString("base64url"),
    },
  },
});

function statusBody(m: SentWhatsApp, status: string) {
  return changeBody({
    statuses: [
      {
        id: m.id,
        status,
        timestamp: String(Math.floor(Date.now() / 1000)),
        recipient_id: m.to,
        pricing: { billable: true, pricing_model: "PMP", category: "utility" },
      },
    ],
  });
}

function changeBody(value: Record<string, unknown>) {
  return {
    object: "whatsapp_business_account",
    entry: [{ id: WABA_ID, changes: [{ value: { ...METADATA, ...value }, field: "messages" }] }],
  };
}

const METADATA = {
  messaging_product: "whatsapp",
  metadata: { display_phone_number: "15550783881", phone_number_id: SANDBOX_WHATSAPP_PHONE_ID },
};

/** Posts a body to Packline signed as Meta signs it (X-Hub-Signature-256, the app secret). */
async function pushSigned(body: object) {
  const raw = JSON.stringify(body);
  const signature = `sha256=${createHmac("sha256", appSecret).update(raw).digest("hex")}`;
  for (let i = 0; i < repeat; i++) await pusher.push(raw, { "x-hub-signature-256": signature });
}

async function pushStatuses(m: SentWhatsApp) {
  for (const status of ["sent", "delivered", "read"]) await pushSigned(statusBody(m, status));
}

async function buyerReply(req: SandboxRequest) {
  const p = replySchema.parse(req.json());
  const m = sent.find((x) => x.id === p.messageId);
  if (!m) return { status: 404, body: { error: `no message ${p.messageId} was sent` } };
  const reply = buyerReplyMessage(m, p);
  if ("error" in reply) return { status: 400, body: reply };
  const body = changeBody({
    contacts: [{ profile: { name: "Buyer" }, wa_id: m.to }],
    messages: [reply.message],
  });
  for (let i = 0; i < p.times; i++) await pushSigned(body);
  return { body: reply };
}

function sendMessage(req: SandboxRequest) {
  if (req.headers.authorization !== `Bearer ${SANDBOX_WHATSAPP_TOKEN}`)
    return graphError(401, 190, "Invalid OAuth access token - Cannot parse access token");
  if (req.params.phoneId !== SANDBOX_WHATSAPP_PHONE_ID)
    return graphError(400, 100, "Unsupported post request. Object does not exist.");
  const parsed = sendSchema.safeParse(req.json());
  if (!parsed.success)
    return graphError(400, 100, "(#100) Invalid parameter", parsed.error.issues[0]?.message);
  const p = parsed.data;
  const m: SentWhatsApp = {
    id: `wamid.${randomBytes(24).toString("base64url")}`,
    to: p.to,
    template: p.template.name,
    language: p.template.language.code,
    parameters: (p.template.components ?? []).flatMap((c) =>
      c.type === "body" ? c.parameters.map((x) => x.text) : [],
    ),
    quickReplies: (p.template.components ?? []).flatMap((c) =>
      c.type === "button" ? c.parameters.map((x) => x.payload) : [],
    ),
    receivedAt: new Date().toISOString(),
  };
  sent.push(m);
  // After the answer, as Meta does: the callbacks come from another system, later.
  setTimeout(() => void pushStatuses(m), 10);
  return {
    body: {
      messaging_product: "whatsapp",
      contacts: [{ input: p.to, wa_id: p.to }],
      messages: [{ id: m.id, message_status: "accepted" }],
    },
  };
}

const webhookSchema = z.object({
  url: z.url().nullable(),
  appSecret: z.string().min(1).optional(),
  repeat: z.number().int().min(1).max(5).default(1),
});

export function mountWhatsApp(router: Router): void {
  router
    .on("POST", "/whatsapp/:version/:phoneId/messages", sendMessage)
    .on("POST", "/_control/whatsapp/webhook", (req) => {
      const p = webhookSchema.parse(req.json());
      pusher.setTarget(p.url);
      if (p.appSecret) appSecret = p.appSecret;
      repeat = p.repeat;
      return { body: { url: p.url, repeat } };
    })
    .on("POST", "/_control/whatsapp/reply", buyerReply)
    .on("GET", "/_control/whatsapp/messages", () => ({
      body: { messages: sent, callbacks: pusher.deliveries() },
    }))
    .on("DELETE", "/_control/whatsapp/messages", () => {
      sent.length = 0;
      return { body: { messages: [] } };
    });
}
