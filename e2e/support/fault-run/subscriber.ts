import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { freePort } from "./processes";

/**
 * The event subscriber an admin registers (lib/events/README.md): an HTTP server that keeps the
 * `X-Packline-Event-Id` of every POST it receives. It can be taken down (connections refused, as
 * a subscriber being deployed) and brought back on the same port.
 */
export interface EventSubscriber {
  url: string;
  /** every event id received, repeats included */
  received: string[];
  down(): Promise<void>;
  up(): Promise<void>;
}

export async function startEventSubscriber(): Promise<EventSubscriber> {
  const port = await freePort();
  const received: string[] = [];
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  const up = () =>
    new Promise<void>((resolve) => {
      server = createServer((req, res) => {
        const id = req.headers["x-packline-event-id"];
        req.resume();
        req.on("end", () => {
          if (typeof id === "string") received.push(id);
          res.writeHead(204).end();
        });
      });
      server.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      server.listen(port, "127.0.0.1", () => resolve());
    });
  await up();
  return {
    url: `http://127.0.0.1:${port}/events`,
    received,
    up,
    down: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server = null;
      }),
  };
}
