import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** How long a printed set-up link works: a day to get to a browser, then start again for a new one. */
export const SETUP_LINK_HOURS = 24;

/** 256 random bits, URL-safe: the part of the link that is the secret. */
export function newSetupToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this is stored: a database dump does not hold a working link. */
export function hashSetupToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A set-up token that still works: this one, unused, not expired. */
export function liveSetupToken(token: string, now = new Date()): Prisma.SetupTokenWhereInput {
  return { tokenHash: hashSetupToken(token), usedAt: null, expiresAt: { gt: now } };
}

/**
 * Serialises everything that may create the first admin (the environment's admin at start, the
 * set-up link's page), so two of them at once cannot both find the database without users.
 */
export async function lockFirstAdmin(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('packline:first-admin', 0))`;
}
