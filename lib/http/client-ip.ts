import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The address of the client behind a request, for per-client rate limits and audit.
 *
 * The web process appends the address that connected to X-Forwarded-For on every request
 * (scripts/lib/peer-address.mjs), and each reverse proxy in front appends the address that
 * connected to it. Behind TRUSTED_PROXIES proxies the client is therefore that many entries left
 * of the last one; whatever is further left was written by the client and is not believed. With
 * no proxy (TRUSTED_PROXIES=0, the default for `npm start`) it is the last entry: the socket's.
 */
export function clientIp(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const candidate = hops[hops.length - 1 - env().TRUSTED_PROXIES] ?? "";
  const address = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address : "unknown";
}
