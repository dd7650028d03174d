// How long `next start` keeps an idle keep-alive connection open. Node's default (5 s) closes
// sockets a client or load balancer still counts as open: a request sent on one just as the
// server closes it fails with ECONNRESET (seen in the e2e run). Above the 60 s idle timeout of
// common load balancers, as their makers advise, so the balancer always closes first.
export const KEEP_ALIVE_ARGS = ["--keepAliveTimeout", "65000"];
