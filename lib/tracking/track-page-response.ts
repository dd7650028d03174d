import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import type { Html } from "@/lib/html/html";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { cachedStoreProfile } from "@/lib/store/store-profile";
import { trackPageHtml } from "./track-page-html";

/**
 * A tracking page as an HTML response with its Content-Security-Policy. proxy.ts has already
 * given this request a policy with a fresh nonce (and puts that header on the response too): the
 * page reuses that nonce, since two policies with different nonces would both be enforced.
 */
export async function trackPageResponse(
  req: NextRequest,
  body: Html,
  options: { live?: boolean; status?: number; script?: string } = {},
): Promise<Response> {
  const given = req.headers.get("content-security-policy");
  const nonce =
    given?.match(/'nonce-([^']+)'/)?.[1] ?? Buffer.from(crypto.randomUUID()).toString("base64");
  const csp =
    given ??
    contentSecurityPolicy(nonce, {
      dev: env().NODE_ENV === "development",
      https: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
    });
  const page = trackPageHtml({
    store: await cachedStoreProfile(),
    body,
    nonce,
    live: options.live ?? false,
    script: options.script ?? null,
  });
  return new Response(page, {
    status: options.status ?? 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-store",
      "content-security-policy": csp,
    },
  });
}
