import { db } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secrets";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { courierMetrics } from "@/lib/observability/courier-metrics";
import type { IssuedToken } from "../http/types";

export interface TokenAccount {
  id: string;
  courier: CourierCode;
  /**
   * The account row's version (its updatedAt). A token this process remembers for another
   * version is not trusted: it is re-read from the database, where an edit of the credentials
   * deleted it, so every process logs in with the new credentials, not only the one that saved.
   */
  version?: number;
}

export interface GetTokenOptions {
  /** refresh when the token expires within this margin (default 5 min) */
  marginMs?: number;
  /** a token the courier just refused (401): never hand it out again, log in afresh */
  staleToken?: string;
}

// A token per courier account, encrypted in CourierToken and kept in memory too. Refreshes are
// single-flight in the process (one promise per account) and serialised across processes by a
// PostgreSQL advisory lock, re-checking the table once the lock is held: however many workers
// find the token expired at once, the courier sees one login.
const memory = new Map<string, IssuedToken & { version?: number }>();
const flights = new Map<string, Promise<string>>();

const fresh = (t: IssuedToken | undefined, marginMs: number, stale?: string): t is IssuedToken =>
  !!t && t.token !== stale && t.expiresAt.getTime() - marginMs > Date.now();

/** A valid token for the account, logging in with `fetchToken` only when none is cached. */
export async function getToken(
  account: TokenAccount,
  fetchToken: () => Promise<IssuedToken>,
  options: GetTokenOptions = {},
): Promise<string> {
  const marginMs = options.marginMs ?? 5 * 60_000;
  const cached = memory.get(account.id);
  if (cached?.version === account.version && fresh(cached, marginMs, options.staleToken))
    return cached.token;
  const inFlight = flights.get(account.id);
  if (inFlight) {
    const token = await inFlight;
    if (token !== options.staleToken) return token;
  }
  let flight = flights.get(account.id);
  if (!flight) {
    flight = refreshUnderLock(account, fetchToken, marginMs, options.staleToken).finally(() =>
      flights.delete(account.id),
    );
    flights.set(account.id, flight);
  }
  return flight;
}

async function refreshUnderLock(
  account: TokenAccount,
  fetchToken: () => Promise<IssuedToken>,
  marginMs: number,
  staleToken: string | undefined,
): Promise<string> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`courier-token:${account.id}`}, 0))`;
      const row = await tx.courierToken.findUnique({
        where: { courierAccountId: account.id },
        select: { tokenEncrypted: true, expiresAt: true },
      });
      const stored = row
        ? { token: decryptSecret(row.tokenEncrypted), expiresAt: row.expiresAt }
        : undefined;
      if (fresh(stored, marginMs, staleToken)) {
        memory.set(account.id, { ...stored, version: account.version });
        return stored.token;
      }
      let issued: IssuedToken;
      try {
        issued = await fetchToken();
      } catch (error) {
        courierMetrics().tokenRefreshes.labels(account.courier, "failed").inc();
        throw error;
      }
      courierMetrics().tokenRefreshes.labels(account.courier, "ok").inc();
      const data = {
        tokenEncrypted: encryptSecret(issued.token),
        expiresAt: issued.expiresAt,
        refreshedAt: new Date(),
      };
      await tx.courierToken.upsert({
        where: { courierAccountId: account.id },
        create: { courierAccountId: account.id, ...data },
        update: data,
        select: { id: true },
      });
      memory.set(account.id, { ...issued, version: account.version });
      return issued.token;
    },
    // The login happens while the lock is held, so allow it the courier's own timeout.
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/** Forgets the account's token here and in the database (credentials changed, or revoked). */
export async function invalidateToken(accountId: string): Promise<void> {
  memory.delete(accountId);
  await db.courierToken.deleteMany({ where: { courierAccountId: accountId } });
}
