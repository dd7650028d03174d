/**
 * Pushes a courier's webhooks to Packline, shared by every courier in the sandbox. The courier
 * module decides the body and the authentication headers (Shiprocket: `x-api-key` token;
 * Ekart: `x-ekart-signature` HMAC of the raw body; Delhivery: a configured header value) and
 * calls `push(rawBody, headers)`; the pusher sends it to the configured URL and keeps a log
 * the control API can show. With no target configured a push is a no-op.
 *
 * ```ts
 * const pusher = createWebhookPusher();
 * pusher.setTarget("http://127.0.0.1:3000/api/webhooks/ekart");
 * const raw = JSON.stringify(body);
 * await pusher.push(raw, { "x-ekart-signature": hmacHex(secret, raw) });
 * ```
 */
export interface WebhookDelivery {
  at: string;
  url: string;
  status: number | null;
  error: string | null;
  body: string;
}

export interface WebhookPusher {
  readonly target: string | null;
  setTarget(url: string | null): void;
  push(rawBody: string, headers: Record<string, string>): Promise<WebhookDelivery | null>;
  deliveries(): WebhookDelivery[];
}

export function createWebhookPusher(
  options: { timeoutMs?: number; keep?: number } = {},
): WebhookPusher {
  let target: string | null = null;
  const log: WebhookDelivery[] = [];
  const keep = options.keep ?? 200;
  return {
    get target() {
      return target;
    },
    setTarget(url) {
      target = url;
    },
    async push(rawBody, headers) {
      if (!target) return null;
      const delivery: WebhookDelivery = {
        at: new Date().toISOString(),
        url: target,
        status: null,
        error: null,
        body: rawBody,
      };
      try {
        const res = await fetch(target, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: rawBody,
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
        delivery.status = res.status;
        await res.arrayBuffer();
      } catch (error) {
        delivery.error = String(error);
      }
      log.push(delivery);
      if (log.length > keep) log.splice(0, log.length - keep);
      return delivery;
    },
    deliveries: () => [...log],
  };
}
