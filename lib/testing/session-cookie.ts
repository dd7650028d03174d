import { encode } from "next-auth/jwt";
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
