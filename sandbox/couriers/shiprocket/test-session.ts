import { Router, type SandboxResponse } from "../../http";
import { mountShiprocket } from "./index";

/** Test support: a sandbox Shiprocket driven through its own router, in process, logged in. */
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
