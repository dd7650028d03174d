import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type ForwardWebhook = (
  path: string,
  rawBody: string,
  headers: Record<string, string>,
) => Promise<{ status: number; body: unknown }>;

/**
 * A loopback endpoint the sandbox couriers push their webhooks to: each request is handed,
 * untouched, to `forward` (which calls the route handler), and its answer goes back to the
 * sandbox, so the sandbox records what Packline really answered.
 */
export async function startWebhookForwarder(
  forward: ForwardWebhook,
): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, String(v)]),
      );
      void forward(req.url ?? "/", Buffer.concat(chunks).toString("utf8"), headers).then((out) => {
        res.writeHead(out.status, { "content-type": "application/json" });
        res.end(JSON.stringify(out.body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
