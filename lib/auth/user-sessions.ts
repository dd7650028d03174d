import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "./roles";

/**
 * Server-side sign-in sessions. The session cookie is a JWT that next-auth renews on every
 * GET /api/auth/session; on its own it could be neither ended nor capped. Its `sid` names a
 * UserSession row, and a request counts as signed in only while that row is neither revoked
 * nor past expiresAt, fixed at sign-in to SESSION_MAX_HOURS later.
 */
export interface LiveSession {
  sessionId: string;
  user: { id: string; email: string; name: string; role: Role };
}

/** lastSeenAt is a hint for people, not a lock: written at most once a minute per session. */
const LAST_SEEN_EVERY_MS = 60_000;

export async function startUserSession(userId: string, now = new Date()): Promise<string> {
  const { id } = await db.userSession.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + env().SESSION_MAX_HOURS * 3_600_000),
    },
    select: { id: true },
  });
  return id;
}

/**
 * The session and its user in one query; null unless the session is live, belongs to `userId`
 * (the JWT's subject) and the user is still active.
 */
export async function liveSession(sessionId: string, userId: string): Promise<LiveSession | null> {
  const row = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      expiresAt: true,
      revokedAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  const now = new Date();
  if (!row || row.userId !== userId || row.revokedAt || row.expiresAt <= now) return null;
  if (!row.user.active) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.userSession.updateMany({
      where: { id: sessionId, lastSeenAt: row.lastSeenAt },
      data: { lastSeenAt: now },
    });
  }
  const { id, email, name, role } = row.user;
  return { sessionId, user: { id, email, name, role } };
}

/** Sign-out: ends this one session. */
export async function revokeSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** Ends every live session of a user, inside the transaction that changes what they may do. */
export async function revokeUserSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { revokedAt: new Date() },
  });
  return count;
}
