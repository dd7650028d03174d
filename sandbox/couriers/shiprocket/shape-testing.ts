import { Router, type SandboxResponse } from "../../http";
import { mountShiprocket } from "./index";

/**
 * Test support: the differences between an answer and the published sample it should look
 * like, recursively: the same keys (none missing, none extra), the same value types (a string
 * "0.30" is not the number 0.30), arrays element by element against the sample's first one. A
 * null stands for a missing value on either side, as Shiprocket's own samples use it, except
 * where the sample has an object or an array.
 */
export function shapeDifferences(actual: unknown, sample: unknown, path = "$"): string[] {
  if (sample === null || sample === undefined) return [];
  if (actual === null || actual === undefined)
    return typeof sample === "object" ? [`${path}: null where the sample has a structure`] : [];
  if (Array.isArray(sample)) {
    if (!Array.isArray(actual)) return [`${path}: ${typeof actual} where the sample has an array`];
    if (sample.length === 0) return [];
    return actual.flatMap((item, i) => shapeDifferences(item, sample[0], `${path}[${i}]`));
  }
  if (typeof sample === "object") {
    if (typeof actual !== "object" || Array.isArray(actual))
      return [`${path}: ${typeof actual} where the sample has an object`];
    const a = actual as Record<string, unknown>;
    const s = sample as Record<string, unknown>;
    const missing = Object.keys(s).filter((k) => !(k in a));
    const extra = Object.keys(a).filter((k) => !(k in s));
    return [
      ...missing.map((k) => `${path}.${k}: missing`),
      ...extra.map((k) => `${path}.${k}: not in the sample`),
      ...Object.keys(s)
        .filter((k) => k in a)
        .flatMap((k) => shapeDifferences(a[k], s[k], `${path}.${k}`)),
    ];
  }
  return typeof actual === typeof sample
    ? []
    : [`${path}: ${typeof actual} where the sample has ${typeof sample}`];
}

/** A sandbox Shiprocket driven through its own router, in process, with a logged-in token. */
export async function sandboxShiprocket() {
  const router = new Router();
  const shiprocket = mountShiprocket(router);
  const base = shiprocket.base;
  let token = "";
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    query: Record<string, string> = {},
  ): Promise<SandboxResponse> => {
    const full = path.startsWith("/_") || path.startsWith("/shiprocket/files") ? path : base + path;
    const found = router.match(method, full);
    if (!found) throw new Error(`no sandbox route for ${method} ${full}`);
    const rawBody = body === undefined ? "" : JSON.stringify(body);
    return found.handler({
      method,
      path: full,
      params: found.params,
      query: new URLSearchParams(query),
      headers: { authorization: `Bearer ${token}`, host: "sandbox.test" },
      rawBody,
      json: () => (rawBody ? JSON.parse(rawBody) : {}),
    });
  };
  const login = await call("POST", "/auth/login", { email: "api@packline.test", password: "x" });
  token = (login.body as { token: string }).token;
  return { module: shiprocket, call };
}
