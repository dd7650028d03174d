import { sleep } from "./processes";

/** What the clients of the run met on the way: the answers they had to retry. */
export interface ClientTally {
  requests: number;
  /** 503 answers: the contract while the database is down (clients retry) */
  unavailable: number;
  /** refused or dropped connections */
  networkErrors: number;
  /** 5xx answers other than 503: never part of the contract */
  serverErrors: string[];
}

export const newTally = (): ClientTally => ({
  requests: 0,
  unavailable: 0,
  networkErrors: 0,
  serverErrors: [],
});

/**
 * Sends a request the way a courier or a tablet does: a 503 or a dropped connection is sent
 * again (the same body, so the same clientEventId or webhook) until it gets an answer, for at
 * most `patienceMs`. Any other answer is returned as it is.
 */
export async function sendPatiently(
  tally: ClientTally,
  url: string,
  init: RequestInit,
  patienceMs = 120_000,
): Promise<Response> {
  const deadline = Date.now() + patienceMs;
  for (let pause = 250; ; pause = Math.min(pause * 2, 2_000)) {
    tally.requests++;
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) }).catch(
      (error: Error) => error,
    );
    if (res instanceof Response && res.status !== 503) {
      if (res.status >= 500)
        tally.serverErrors.push(`${init.method ?? "GET"} ${url}: ${res.status}`);
      return res;
    }
    if (res instanceof Response) {
      tally.unavailable++;
      await res.body?.cancel();
    } else tally.networkErrors++;
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer within ${patienceMs} ms: ${describe(res)}`);
    await sleep(pause);
  }
}

const describe = (res: Response | Error) => (res instanceof Error ? res.message : `${res.status}`);

/**
 * Signs in through NextAuth's credentials endpoint, as the login form does, and returns the
 * session cookie. Every web process accepts it: the session lives in the shared database.
 */
export async function signInOverHttp(
  tally: ClientTally,
  web: string,
  user: { email: string; password: string },
): Promise<string> {
  const csrf = await sendPatiently(tally, `${web}/api/auth/csrf`, {});
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrf);
  const res = await sendPatiently(tally, `${web}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookie,
      origin: web,
    },
    body: new URLSearchParams({
      csrfToken,
      email: user.email,
      password: user.password,
      json: "true",
    }),
  });
  const session = cookiesOf(res)
    .split("; ")
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${user.email} failed: ${res.status}`);
  return session;
}

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

/** A JSON request as Packline's own page sends it: the session cookie and the page's Origin. */
export function asPage(web: string, cookie: string, method: string, body?: unknown): RequestInit {
  return {
    method,
    headers: { cookie, origin: web, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}
