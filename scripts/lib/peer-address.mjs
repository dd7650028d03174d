import http from "node:http";

// Preloaded into the web process (node --import, see web-args.mjs). Next.js writes the socket's
// address into X-Forwarded-For only when a request carries none, so a client that sends the
// header names any address it likes and escapes every per-address limit (login, tracking,
// webhook refusals). Appending the address that connected to every request's header makes its
// last entry the one the server saw; lib/http/client-ip.ts then believes TRUSTED_PROXIES more.
const createServer = http.createServer;
http.createServer = function createServerNamingPeers(...args) {
  const server = createServer.apply(this, args);
  server.prependListener("request", namePeer);
  return server;
};

function namePeer(req) {
  const peer = req.socket.remoteAddress;
  if (!peer) return;
  const sent = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
}
