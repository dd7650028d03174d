import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const isSafeMethod = (method: string) => SAFE_METHODS.has(method.toUpperCase());

/**
 * CSRF defence for requests a browser makes with the session cookie. SameSite=Lax keeps the
 * cookie off cross-site POSTs from forms in modern browsers, but not off same-site ones, nor off
 * every older browser; so a state-changing request must also prove it came from Packline's own
 * pages: `Sec-Fetch-Site: same-origin` where the browser sends it (pages cannot forge it), else
 * an `Origin` equal to this server's own (the Host it was reached at, or NEXTAUTH_URL). A request
 * with neither is refused: every browser sends at least one of them on a fetch or form POST.
 * Personal API tokens (Bearer) are not sent by browsers on their own and need no such proof.
 */
export function assertSameOrigin(req: NextRequest): void {
  const site = req.headers.get("sec-fetch-site");
  if (site ? site === "same-origin" : ownOrigins(req).has(req.headers.get("origin") ?? "")) return;
  throw new AppError(
    "CROSS_SITE",
    "This request did not come from Packline's own pages, so it was refused. Reload Packline and try again.",
  );
}

function ownOrigins(req: NextRequest): Set<string> {
  const origins = new Set<string>();
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? req.nextUrl.host;
  const forwardedProto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const proto = forwardedProto || req.nextUrl.protocol.replace(/:$/, "");
  origins.add(`${proto}://${host}`);
  const configured = env().NEXTAUTH_URL;
  if (configured) origins.add(new URL(configured).origin);
  return origins;
}
