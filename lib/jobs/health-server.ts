import { createServer, type Server } from "node:http";
import { log } from "@/lib/observability/logger";
import { aliveAgeSeconds, type WorkerIdentity } from "./heartbeat";
import { STALE_AFTER_SECONDS } from "./reap-interrupted-jobs";

/**
 * The worker's own health check for an orchestrator (GET /health on WORKER_HEALTH_PORT): 200
 * while this worker's liveness beat is fresh in the database, the same test other workers use
 * before they reap its jobs; 503 when the beat is stale or the database cannot be read (a live
 * process that cannot reach the database is not a working worker). The worker closes it first
 * when it stops.
 */
export function startHealthServer(worker: WorkerIdentity, port: number): Server {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || req.url !== "/health") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "Only GET /health is served here." }));
      return;
    }
    void answer(worker).then(({ status, body }) => {
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(body));
    });
  });
  server.listen(port, () => log.info("worker health check listening", { port }));
  return server;
}

async function answer({ workerId }: WorkerIdentity) {
  try {
    const age = await aliveAgeSeconds(workerId);
    const fresh = age !== null && age <= STALE_AFTER_SECONDS;
    return {
      status: fresh ? 200 : 503,
      body: {
        status: fresh ? "ok" : "stale",
        workerId,
        aliveAgeSeconds: age === null ? null : Math.round(age),
      },
    };
  } catch (error) {
    log.warn("worker health check: database unreachable", { error });
    return { status: 503, body: { status: "down", workerId, database: "unreachable" } };
  }
}
