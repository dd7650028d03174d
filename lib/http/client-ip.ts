import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The address of the client behind a request, for per-client rate limits and audit.
 *
 * Next.js sets X-Forwarded-For to the socket's address only when the request has none, and a
 * reverse proxy appends the address that connected to it. Behind TRUSTED_PROXIES proxies the
 * client is therefore that many entries from the right; whatever is further left was written by
 * the client and is not believed. With no proxy (TRUSTED_PROXIES=0, the default for `npm start`)
 * the last entry is the socket's address unless the client sent the header itself, so per-client
 * limits are best effort there; per-account limits do not depend on it.
 */
export function clientIp(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const candidate = hops[hops.length - Math.max(1, env().TRUSTED_PROXIES)] ?? "";
  const address = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address : "unknown";
}
