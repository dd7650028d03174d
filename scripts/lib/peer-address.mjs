import http from "node:http";

// Preloaded into the web process (node --import, see web-args.mjs). Next.js writes the socket's
// address into X-Forwarded-For only when a request carries none, so a client that sends the
// header names any address it likes and escapes every per-address limit (login, tracking,
// webhook refusals). Appending the address that connected to every request's header makes its
// last entry the one the server saw; lib/http/client-ip.ts then believes TRUSTED_PROXIES more.
const createServer = http.createServer;
http.createServer = function createServerNamingPeers(...args) {
  const server = createServer.apply(this, args);
  server.prependListener("connection", notePeer);
  server.prependListener("request", namePeer);
  return server;
};

// Node looks a socket's address up on first read and keeps it; after the client resets the
// connection the lookup fails, so a request sent and reset at once would reach the app with no
// address. Reading it when the connection opens keeps it for the request.
function notePeer(socket) {
  void socket.remoteAddress;
}

function namePeer(req) {
  // Fails closed: a request whose address is unknown counts against the shared "unknown" client.
  const peer = req.socket.remoteAddress ?? "unknown";
  const sent = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
}
