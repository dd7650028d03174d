const WILDCARDS = new Set(["0.0.0.0", "::", "[::]"]);
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/**
 * For a web app listening on `host`: `url`, the address people open (and the default
 * NEXTAUTH_URL), and `localUrl`, how processes on this machine reach it (health checks, the
 * sandbox's webhooks). A wildcard (0.0.0.0, ::) listens on loopback too.
 */
export function webUrls(host, port) {
  const bracketed = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  const onLoopback = WILDCARDS.has(host) || LOOPBACK.has(host);
  return {
    url: `http://${onLoopback ? "localhost" : bracketed}:${port}`,
    localUrl: `http://${WILDCARDS.has(host) ? "127.0.0.1" : bracketed}:${port}`,
  };
}
