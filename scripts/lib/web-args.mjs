// The node arguments the web app (`next start`) runs with: in `npm start`, `start:prod`, the
// images and the test stacks alike.

/** Loads peer-address.mjs before Next.js, so rate limits see the address that really connected. */
export const PEER_ADDRESS_IMPORT = [
  "--import",
  new URL("./peer-address.mjs", import.meta.url).href,
];

// How long `next start` keeps an idle keep-alive connection open. Node's default (5 s) closes
// sockets a client or load balancer still counts as open: a request sent on one just as the
// server closes it fails with ECONNRESET (seen in the e2e run). Above the 60 s idle timeout of
// common load balancers, as their makers advise, so the balancer always closes first.
export const KEEP_ALIVE_ARGS = ["--keepAliveTimeout", "65000"];
