import { CourierError, type CourierErrorKind } from "@/lib/errors/courier-error";
import { parseRetryAfter } from "./backoff";
import type { CourierAccountRef, CourierHttpConfig, CourierRequest, RawAnswer } from "./types";

export type AttemptResult =
  | { ok: true; status: number; headers: Headers; body: unknown }
  | { ok: false; error: CourierError; connectRefused: boolean };

/** One HTTP exchange with the courier, read and classified; never throws. */
export async function attempt(
  account: CourierAccountRef,
  config: CourierHttpConfig,
  request: CourierRequest,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<AttemptResult> {
  const courier = account.courier;
  let response: Response;
  try {
    response = await fetch(buildUrl(account.baseUrl, request), {
      method: request.method,
      headers: { accept: "application/json", ...encodeHeaders(request.body), ...headers },
      body: encodeBody(request.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === "TimeoutError";
    const code = (cause as { cause?: { code?: string } }).cause?.code ?? null;
    const message = timedOut
      ? `${courier} did not answer ${request.endpoint} within ${timeoutMs} ms.`
      : `${courier} could not be reached (${code ?? String(cause)}).`;
    return {
      ok: false,
      connectRefused: code === "ECONNREFUSED",
      error: new CourierError({ courier, kind: "network", message, cause }),
    };
  }
  const isBytes = request.responseType === "bytes" && response.ok;
  const raw = isBytes
    ? new Uint8Array(await response.arrayBuffer())
    : await response.text().catch(() => "");
  let body: unknown = raw;
  let unreadable = false;
  if (!isBytes && request.responseType !== "text" && typeof raw === "string" && raw.length > 0) {
    try {
      body = JSON.parse(raw);
    } catch {
      unreadable = response.ok;
    }
  }
  const answer: RawAnswer = {
    status: response.status,
    headers: response.headers,
    body,
    endpoint: request.endpoint,
  };
  const kind: CourierErrorKind | null =
    config.classify?.(answer) ?? (unreadable ? "malformed" : defaultKind(response.status));
  if (!kind) return { ok: true, status: response.status, headers: response.headers, body };
  const reason = config.reason?.(answer) ?? defaultReason(body);
  return {
    ok: false,
    connectRefused: false,
    error: new CourierError({
      courier,
      kind,
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      courierMessage: reason,
      message:
        kind === "malformed"
          ? `${courier} sent an answer to ${request.endpoint} that could not be read.`
          : `${courier} ${request.endpoint} failed (HTTP ${response.status})${reason ? `: ${reason}` : "."}`,
    }),
  };
}

function defaultKind(status: number): CourierErrorKind | null {
  if (status >= 200 && status < 300) return null;
  if (status === 429) return "rate_limited";
  if (status === 401 || status === 403) return "auth";
  if (status >= 500) return "server";
  return "rejected";
}

/** The usual places couriers put their reason: message, error, remark, detail, errors[]. */
function defaultReason(body: unknown): string | null {
  if (typeof body === "string") return body.trim().slice(0, 500) || null;
  if (!body || typeof body !== "object") return null;
  const o = body as Record<string, unknown>;
  for (const key of ["message", "error", "remark", "detail", "description", "rmk"]) {
    const v = o[key];
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  if (o.errors && typeof o.errors === "object") {
    const all = Object.values(o.errors as Record<string, unknown>).flat();
    const texts = all.filter((v): v is string => typeof v === "string");
    if (texts.length) return texts.join("; ");
  }
  return null;
}

function buildUrl(baseUrl: string, request: CourierRequest): string {
  const url = new URL(baseUrl.replace(/\/+$/, "") + request.path);
  for (const [k, v] of Object.entries(request.query ?? {}))
    if (v !== null && v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}

function encodeHeaders(body: unknown): Record<string, string> {
  if (body === undefined || typeof body === "string") return {};
  if (body instanceof URLSearchParams)
    return { "content-type": "application/x-www-form-urlencoded" };
  return { "content-type": "application/json" };
}

function encodeBody(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof URLSearchParams) return body.toString();
  return JSON.stringify(body);
}
