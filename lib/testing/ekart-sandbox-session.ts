import { sampleShipment } from "@/lib/couriers/contract";
import { toEkartShipment } from "@/lib/couriers/ekart/mapper";
import type { WebhookInput } from "@/lib/couriers/types";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import { startSandbox } from "./start-sandbox";
import { startWebhookForwarder } from "./webhook-forwarder";

// The sandbox Ekart over HTTP, for the tests that compare its answers and pushes with Ekart's
// published samples: raw requests (not the adapter), a token, and every push it sends. No
// database: these run as unit tests.

export interface EkartSandboxSession {
  call(
    method: string,
    path: string,
    body?: unknown,
    auth?: boolean,
  ): Promise<{ status: number; body: unknown }>;
  control(path: string, body: unknown): Promise<unknown>;
  /** books a valid Packline shipment: Ekart's answer and the tracking id it gave */
  book(dropPincode?: string): Promise<{ status: number; body: unknown; trackingId: string }>;
  /** points the sandbox's pushes (every topic) back at this session */
  subscribe(): Promise<unknown>;
  pushes: WebhookInput[];
  secret: string;
  stop(): Promise<void>;
}

export async function startEkartSandboxSession(): Promise<EkartSandboxSession> {
  const sandbox = await startSandbox();
  const pushes: WebhookInput[] = [];
  const forwarder = await startWebhookForwarder(async (_path, rawBody, headers) => {
    pushes.push({ rawBody, headers });
    return { status: 200, body: { ok: true } };
  });
  const base = `${sandbox.url}/ekart`;
  let token = "";
  const call: EkartSandboxSession["call"] = async (method, path, body, auth = true) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(auth ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  const control = async (path: string, body: unknown) => (await call("POST", path, body)).body;
  const { clientId, username, password } = EKART_SANDBOX_CREDENTIALS;
  const issued = await call("POST", `/integrations/v2/auth/token/${clientId}`, {
    username,
    password,
  });
  token = (issued.body as { access_token: string }).access_token;
  const secret = "sandbox-shape-secret";
  const subscribe = () => control("/_control/webhook", { url: forwarder.url, secret });
  await subscribe();
  // SANDBOX_PINCODES of courier-fixtures, which needs the database
  const pins = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };
  const book = async (dropPincode = pins.serviceable) => {
    const request = sampleShipment({ ...pins, serviceable: dropPincode });
    const payload = toEkartShipment({ ...request, sellerGstin: "27AAPFU0939F1ZV" });
    const created = await call("PUT", "/api/v1/package/create", payload);
    return { ...created, trackingId: (created.body as { tracking_id: string }).tracking_id };
  };
  return {
    call,
    control,
    book,
    subscribe,
    pushes,
    secret,
    stop: async () => {
      await forwarder.stop();
      await sandbox.stop();
    },
  };
}
