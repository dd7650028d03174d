import type { AddressInfo } from "node:net";

/** Shiprocket's API path on the sandbox. */
export const SHIPROCKET_API = "/shiprocket/v1/external";

/**
 * The sandbox on a free loopback port, noting when each Shiprocket create reached it, so a bench
 * can show the courier's limit held. Imported after the bench has set its environment.
 */
export async function startCountingSandbox() {
  const { createSandbox } = await import("../sandbox/server");
  const { server } = createSandbox();
  const creates: number[] = [];
  server.prependListener("request", (req) => {
    if (req.method === "POST" && req.url?.startsWith(`${SHIPROCKET_API}/orders/create/adhoc`))
      creates.push(Date.now());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    creates,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
