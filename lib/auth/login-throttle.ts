import { AppError } from "@/lib/errors/app-error";
import { rateLimit } from "@/lib/security/rate-limit";

/**
 * Sign-in throttling: a growing delay instead of a lock-out, in three dimensions, all keyed by
 * what was typed (so an unknown e-mail is throttled exactly like a known one):
 *
 * - client+account (address and e-mail): 5 attempts free, then each further one waits 10 s,
 *   20 s, 40 s … at most 15 min. A success from that address clears it.
 * - account (e-mail, any address): 10 attempts an hour free, then 5 s, 10 s … at most 60 s.
 *   This bounds guessing from many addresses (~70 guesses an hour) while a stranger can only
 *   ever hold the real user back for 60 s after each of their own attempts, and their own
 *   address is meanwhile slowed to one try per 15 min on that account.
 * - client (address, any e-mail): 30 attempts an hour free, then 60 s … at most 15 min:
 *   password spraying across accounts from one address.
 *
 * Counters count attempts that did not succeed (a success gives its point back) in a fixed
 * window. The delay itself is a second limit with one point per window whose window is the
 * delay: taking that point is one atomic upsert, so of many concurrent attempts exactly one gets
 * through when a delay ends, and the rest get the same sentence without a password being checked.
 */
interface Dimension {
  failures: ReturnType<typeof rateLimit>;
  delay: ReturnType<typeof rateLimit>;
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

const HOUR = 3600;

function dimension(
  name: string,
  rule: { free: number; windowSeconds: number; firstDelaySeconds: number; maxDelaySeconds: number },
): Dimension {
  return {
    failures: rateLimit({
      name: `login-failures-${name}`,
      points: Number.MAX_SAFE_INTEGER,
      durationSeconds: rule.windowSeconds,
      refusal: delayedSentence,
    }),
    delay: rateLimit({
      name: `login-delay-${name}`,
      points: 1,
      durationSeconds: rule.maxDelaySeconds,
      refusal: delayedSentence,
    }),
    ...rule,
  };
}

const clientAccount = dimension("client-account", {
  free: 5,
  windowSeconds: 24 * HOUR,
  firstDelaySeconds: 10,
  maxDelaySeconds: 15 * 60,
});
const account = dimension("account", {
  free: 10,
  windowSeconds: HOUR,
  firstDelaySeconds: 5,
  maxDelaySeconds: 60,
});
const client = dimension("client", {
  free: 30,
  windowSeconds: HOUR,
  firstDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
});

/** The one answer while a delay is in force, whatever the account. */
export function delayedSentence(seconds: number): string {
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many sign-in attempts. Try again in ${wait}.`;
}

/** Delay before the attempt after the `attempt`-th unsuccessful one (0 while still free). */
export function delayAfter(attempt: number, rule: Omit<Dimension, "failures" | "delay">): number {
  if (attempt < rule.free) return 0;
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** (attempt - rule.free));
}

export interface SignInAttempt {
  /** e-mail as typed, trimmed and lower-cased */
  email: string;
  /** the client's address (lib/http/client-ip.ts) */
  client: string;
}

// Most general part first, so an admin can clear every address's delay for one account.
const keysOf = ({ email, client: ip }: SignInAttempt) =>
  [
    [clientAccount, `${email} ${ip}`],
    [account, email],
    [client, ip],
  ] as const;

function slowest(errors: unknown[]): never {
  const refusals = errors.filter((e): e is AppError => e instanceof AppError);
  if (refusals.length < errors.length) throw errors.find((e) => !(e instanceof AppError));
  const seconds = Math.max(...refusals.map((e) => e.retryAfterSeconds ?? 1));
  throw new AppError("RATE_LIMITED", delayedSentence(seconds), { retryAfterSeconds: seconds });
}

async function settle(checks: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(checks);
  const errors = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  if (errors.length) slowest(errors);
}

/**
 * Lets an attempt through to the password check, or throws RATE_LIMITED with the same sentence
 * for every account. An admitted attempt counts as unsuccessful until `recordSignInSuccess`.
 */
export async function admitSignIn(attempt: SignInAttempt): Promise<void> {
  const keys = keysOf(attempt);
  await settle(keys.map(([d, key]) => d.delay.check(key)));
  const counts = await Promise.all(keys.map(([d, key]) => d.failures.charge(key)));
  try {
    await settle(
      keys.map(([d, key], i) => {
        const wait = delayAfter(counts[i]!.spent, d);
        return wait ? d.delay.consume(key, { windowSeconds: wait }) : Promise.resolve();
      }),
    );
  } catch (error) {
    // Lost a race for the end of a delay: this attempt was never made.
    await Promise.all(keys.map(([d, key]) => d.failures.refund(key)));
    throw error;
  }
}

/** The right password: this address may sign in to this account freely again. */
export async function recordSignInSuccess(attempt: SignInAttempt): Promise<void> {
  const [[ca, caKey], ...others] = keysOf(attempt);
  await Promise.all([
    ca.failures.reset(caKey),
    ca.delay.reset(caKey),
    ...others.map(([d, key]) => d.failures.refund(key)),
  ]);
}

/** Admin: forget an account's failures and delays, from every address. */
export async function clearSignInDelay(email: string): Promise<void> {
  await Promise.all([
    clientAccount.failures.resetStartingWith(`${email} `),
    clientAccount.delay.resetStartingWith(`${email} `),
    account.failures.reset(email),
    account.delay.reset(email),
  ]);
}

/** Admin: until when each of these accounts is refused a sign-in from some address. */
export async function signInDelays(emails: string[]): Promise<Map<string, Date>> {
  const [byAccount, byClient] = await Promise.all([
    account.delay.refusingUntil(emails),
    clientAccount.delay.refusingUntil(emails.map((e) => `${e} `)),
  ]);
  const out = new Map<string, Date>();
  for (const email of emails) {
    const times = [byAccount.get(email), byClient.get(`${email} `)].filter((d) => d !== undefined);
    if (times.length) out.set(email, new Date(Math.max(...times.map((d) => d.getTime()))));
  }
  return out;
}
