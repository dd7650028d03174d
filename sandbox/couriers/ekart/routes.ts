import type { Router, SandboxRequest, SandboxResponse } from "../../http";
import { mountEkartControl } from "./control-routes";
import { mountEkartHandoverRoutes } from "./handover-routes";
import { mountEkartLookupRoutes } from "./lookup-routes";
import { ekartError, tokenAnswer, trackAnswer } from "./payloads";
import { renderPdf } from "./pdf";
import { mountEkartShipmentRoutes } from "./shipment-routes";
import { ekartState, issueToken } from "./state";

// Ekart Elite (API Docs v3.8.8) under /ekart: same paths, bearer auth, payloads and error shapes.
export const EKART_SANDBOX_CREDENTIALS = {
  clientId: "EKART_SANDBOX",
  username: "packline",
  password: "sandbox-pass",
};
export const EKART_UNSERVICEABLE = new Set(["999999", "795001"]);

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

export function mountEkart(router: Router): void {
  router
    .on("POST", "/ekart/integrations/v2/auth/token/:clientId", (req) => {
      const { username, password } = req.json<{ username?: string; password?: string }>();
      const c = EKART_SANDBOX_CREDENTIALS;
      if (req.params.clientId !== c.clientId || username !== c.username || password !== c.password)
        return ekartError(401, "UNAUTHORIZED", "Invalid client id, username or password");
      const { token, expiresIn } = issueToken();
      return { body: tokenAnswer(token, expiresIn) };
    })
    // an open API: no bearer token
    .on("GET", "/ekart/api/v1/track/:id", (req) => {
      const parcel = ekartState.shipments.get(req.params.id!);
      if (!parcel)
        return ekartError(404, "NOT_FOUND", `No shipment with tracking id ${req.params.id}`);
      return { body: trackAnswer(parcel) };
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
    });
  mountEkartControl(router);
  mountEkartShipmentRoutes(router);
  mountEkartHandoverRoutes(router);
  mountEkartLookupRoutes(router);
}
