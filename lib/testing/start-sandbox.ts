import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createSandbox } from "@/sandbox/server";

export interface RunningSandbox {
  url: string;
  /** the node:http server, for tests that count the requests a courier receives */
  server: Server;
  /** "METHOD /path" of every request the sandbox received, oldest first */
  requests: string[];
  stop(): Promise<void>;
}

/** The sandbox server on a free loopback port, for one test file. */
export async function startSandbox(): Promise<RunningSandbox> {
  const { server } = createSandbox();
  const requests: string[] = [];
  server.prependListener("request", (req) =>
    requests.push(`${req.method} ${req.url?.split("?")[0]}`),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function control(base: string, path: string, body?: unknown, method = "POST") {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<unknown>;
}
