import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import type { Role } from "@/lib/auth/roles";
import { startUserSession } from "@/lib/auth/user-sessions";

/** The session token of a fresh sign-in: a live UserSession row and the JWT that names it. */
export async function sessionToken(user: { id: string; role: Role }): Promise<string> {
  const sid = await startUserSession(user.id);
  return encode({
    token: { sub: user.id, role: user.role, sid },
    secret: process.env.NEXTAUTH_SECRET!,
  });
}

/** A Cookie header value that signs a request in as `user`, as after a real sign-in. */
export async function sessionCookie(user: { id: string; role: Role }): Promise<string> {
  return `next-auth.session-token=${await sessionToken(user)}`;
}

/**
 * A request to a route handler as Packline's own page would send it for a signed-in user: the
 * session cookie, the page's Origin (lib/http/same-origin.ts) and a JSON body.
 */
export function pageRequest(
  path: string,
  options: { cookie: string; method?: string; body?: unknown },
): NextRequest {
  return new NextRequest(new URL(path, "http://localhost"), {
    method: options.method ?? "GET",
    headers: {
      cookie: options.cookie,
      "content-type": "application/json",
      origin: "http://localhost",
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}
