/**
 * True when an error means PostgreSQL could not be reached or dropped the connection (down,
 * restarting, out of connections), as opposed to a query that failed on its own merits. Such a
 * request can be tried again as it is: routes answer 503 with Retry-After, so couriers and
 * payment gateways redeliver.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (matches(e)) return true;
  }
  return false;
}

// The driver adapter's error kinds for a connection that failed or went away.
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
// Prisma: can't reach / timed out / server closed the connection / pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// SQLSTATE: connection exceptions (08…), shutting down or starting up (57P01–57P03), too many connections.
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
// node-postgres's own messages for a connection lost mid-query or a pool that cannot connect.
const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i;

function matches(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const error = e as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
  };
  const cause = error.meta?.driverAdapterError?.cause;
  if (typeof cause?.kind === "string" && UNREACHABLE_KINDS.has(cause.kind)) return true;
  if (typeof cause?.originalCode === "string" && SQLSTATE.test(cause.originalCode)) return true;
  if (typeof error.code === "string") {
    if (PRISMA_CODES.has(error.code) || SOCKET_CODES.has(error.code) || SQLSTATE.test(error.code))
      return true;
  }
  if (error.name === "PrismaClientInitializationError") return true;
  return typeof error.message === "string" && MESSAGES.test(error.message);
}
