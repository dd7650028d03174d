import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "./roles";
import { liveSession } from "./user-sessions";

export interface Caller {
  id: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "api-token";
}

const userSelect = { id: true, email: true, name: true, role: true, active: true } as const;

export async function loadCaller(userId: string, via: Caller["via"]): Promise<Caller | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, via };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

async function callerFromApiToken(token: string): Promise<Caller | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, revokedAt: true, expiresAt: true },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < new Date())) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return loadCaller(row.userId, "api-token");
}

/**
 * The user behind a session cookie: the JWT must be genuine and name a live server-side
 * session (user-sessions.ts) of that same user, checked in one query with the user.
 */
export async function callerFromSessionCookie(req: NextRequest): Promise<Caller | null> {
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (!token?.sub || typeof token.sid !== "string") return null;
  const session = await liveSession(token.sid, token.sub);
  return session ? { ...session.user, via: "session" } : null;
}

/** The signed-in user behind a request: a personal API token (Bearer) or the session cookie. */
export async function callerFromRequest(req: NextRequest): Promise<Caller | null> {
  const authorization = req.headers.get("authorization");
  if (authorization?.startsWith("Bearer "))
    return callerFromApiToken(authorization.slice(7).trim());
  return callerFromSessionCookie(req);
}
