import { request, type Answer } from "./client";

const cookiesOf = (answer: Answer) =>
  (answer.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!).filter(Boolean);

/** A user signed in through the login form's own endpoint (next-auth credentials, CSRF token). */
export async function signIn(base: string, email: string, password: string): Promise<Session> {
  const csrf = await request(`${base}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf).join("; "),
      origin: base,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const session = cookiesOf(answer).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (HTTP ${answer.status}).`);
  return new Session(base, session);
}

/** Requests as a signed-in user from Packline's own pages (cookie + Origin, JSON bodies). */
export class Session {
  constructor(
    private readonly base: string,
    private readonly cookie: string,
  ) {}

  get(path: string) {
    return request(`${this.base}${path}`, { headers: { cookie: this.cookie } });
  }

  post(path: string, body?: unknown) {
    return request(`${this.base}${path}`, {
      method: "POST",
      headers: { cookie: this.cookie, origin: this.base, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}

/** The answer's JSON, or an error naming the request when the status is not a success. */
export function ok<T>(answer: Answer, what: string): T {
  if (answer.status >= 400)
    throw new Error(`${what}: HTTP ${answer.status} ${answer.body.slice(0, 200)}`);
  return (answer.body ? JSON.parse(answer.body) : null) as T;
}

/** A page that rendered (200), not a redirect to the login page or an error page. */
export function page(answer: Answer, what: string): void {
  if (answer.status !== 200) throw new Error(`${what}: HTTP ${answer.status}, not the page`);
}
