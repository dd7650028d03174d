import type { Router, SandboxRequest, SandboxResponse } from "../../http";
import { ekartClock } from "./clock";
import { renderPdf } from "./pdf";
import { addScan, current, ekartState, FORWARD, issueToken, nextIds, RTO } from "./state";
import { mountEkartHandoverRoutes } from "./handover-routes";
import { mountEkartLookupRoutes } from "./lookup-routes";
import { mountEkartShipmentRoutes } from "./shipment-routes";

// Ekart Elite (API Docs v3.8.8) under /ekart: same paths, bearer auth, payloads and error shapes.
export const EKART_SANDBOX_CREDENTIALS = {
  clientId: "EKART_SANDBOX",
  username: "packline",
  password: "sandbox-pass",
};
export const EKART_UNSERVICEABLE = new Set(["999999", "795001"]);

export function ekartError(status: number, code: string, message: string): SandboxResponse {
  return {
    status,
    body: { statusCode: status, code, message, description: message, severity: "ERROR" },
  };
}

/** Bearer check plus Ekart's per-token rate limit, answered as 403 {"forbidden": …}. */
export function authorise(req: SandboxRequest): SandboxResponse | null {
  const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
  const expiry = token ? ekartState.tokens.get(token) : undefined;
  if (!token || !expiry || expiry < Date.now())
    return ekartError(401, "UNAUTHORIZED", "Invalid or expired access token");
  const second = Math.floor(Date.now() / 1000);
  const seen = ekartState.calls.get(token);
  const count = seen && seen.second === second ? seen.count + 1 : 1;
  ekartState.calls.set(token, { second, count });
  if (count > ekartState.ratePerSecond)
    return { status: 403, body: { forbidden: "Rate limit exceeded" } };
  return null;
}

const TARGET: Record<string, string> = {
  BOOKED: "Order Placed",
  PICKUP_SCHEDULED: "Pickup Scheduled",
  PICKED_UP: "Picked Up",
  IN_TRANSIT: "In Transit",
  OUT_FOR_DELIVERY: "Out for Delivery",
  DELIVERED: "Delivered",
  NDR: "Undelivered",
  RTO_INITIATED: "RTO Requested",
  RTO_IN_TRANSIT: "RTO In Transit",
  RTO_DELIVERED: "RTO Delivered",
};

/** Walks a shipment scan by scan to the Ekart status of a canonical target, pushing each scan. */
export async function advanceEkart(trackingId: string, to: string): Promise<SandboxResponse> {
  const parcel = ekartState.shipments.get(trackingId);
  const target = TARGET[to];
  if (!parcel || !target)
    return { status: 404, body: { message: `No shipment ${trackingId} or target ${to}` } };
  const rto = RTO.includes(target);
  const route = rto ? RTO : [...FORWARD, target];
  let index = route.indexOf(current(parcel).status);
  if (!rto && current(parcel).status === "Undelivered") index = FORWARD.indexOf("In Transit");
  const goal = route.indexOf(target);
  for (let i = index + 1; i <= goal; i++)
    await addScan(
      parcel,
      route[i]!,
      route[i] === "Undelivered"
        ? { ndrStatus: "Customer Unavailable", desc: "Customer not available" }
        : {},
    );
  return { body: { trackingId, status: current(parcel).status } };
}

export function mountEkart(router: Router): void {
  router
    .on("POST", "/ekart/integrations/v2/auth/token/:clientId", (req) => {
      const { username, password } = req.json<{ username?: string; password?: string }>();
      const c = EKART_SANDBOX_CREDENTIALS;
      if (req.params.clientId !== c.clientId || username !== c.username || password !== c.password)
        return ekartError(401, "INVALID_CREDENTIALS", "Invalid client id, username or password");
      const { token, expiresIn } = issueToken();
      return {
        body: {
          access_token: token,
          scope: "core:all",
          expires_in: expiresIn,
          token_type: "Bearer",
        },
      };
    })
    .on("GET", "/ekart/api/v1/track/:id", (req) => {
      const parcel = ekartState.shipments.get(req.params.id!);
      if (!parcel)
        return ekartError(404, "NOT_FOUND", `No shipment with tracking id ${req.params.id}`);
      const last = current(parcel);
      return {
        body: {
          _id: parcel.trackingId,
          track: {
            ...last,
            pickupTime: parcel.pickupTime ?? 0,
            attempts: 0,
            ndrActions: last.status === "Undelivered" ? ["Re-Attempt", "RTO"] : [],
            details: parcel.scans,
          },
          ...(parcel.pickupTime ? { edd: parcel.pickupTime + 3 * 86_400_000 } : {}),
          order_number: parcel.orderNumber,
        },
      };
    })
    .on("GET", "/ekart/_files/manifest/:number", async (req) => {
      const ids = ekartState.manifests.get(Number(req.params.number!.replace(/\.pdf$/, "")));
      if (!ids) return { status: 404, body: { message: "No such manifest" } };
      return {
        body: await renderPdf(
          `Ekart manifest ${req.params.number}`,
          ids.map((id, i) => `${i + 1}. ${id}`),
        ),
      };
    })
    .on("POST", "/ekart/_control/webhook", (req) => {
      const { url, secret } = req.json<{ url: string; secret: string }>();
      ekartState.webhook = { url, secret, topics: ["track_updated"], id: "control" };
      return { body: { ok: true } };
    })
    .on("POST", "/ekart/_control/clock", (req) => {
      const { stepMs } = req.json<{ stepMs?: number }>();
      if (typeof stepMs !== "number" || !Number.isInteger(stepMs) || stepMs < 0)
        return { status: 400, body: { message: "stepMs must be a whole number of ms, 0 pauses" } };
      ekartClock.setStepMs(stepMs);
      return { body: { stepMs: ekartClock.stepMs } };
    })
    .on("POST", "/ekart/_control/advance", async (req) => {
      const { awb, to } = req.json<{ awb: string; to: string }>();
      return advanceEkart(awb, to);
    })
    .on("POST", "/ekart/_control/tokens", (req) => {
      const { expireAll, tokenSeconds, ratePerSecond } = req.json<{
        expireAll?: boolean;
        tokenSeconds?: number;
        ratePerSecond?: number;
      }>();
      if (expireAll) for (const token of ekartState.tokens.keys()) ekartState.tokens.set(token, 0);
      if (tokenSeconds) ekartState.tokenSeconds = tokenSeconds;
      if (ratePerSecond) ekartState.ratePerSecond = ratePerSecond;
      return {
        body: {
          tokens: ekartState.tokens.size,
          tokenSeconds: ekartState.tokenSeconds,
          ratePerSecond: ekartState.ratePerSecond,
        },
      };
    });
  mountEkartShipmentRoutes(router);
  mountEkartHandoverRoutes(router);
  mountEkartLookupRoutes(router);
}

export { nextIds };
