import type { Courier } from "@/lib/couriers/courier";
import { createEkartCourier } from "@/lib/couriers/ekart";
import { createCourierHttp } from "@/lib/couriers/http/courier-http";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import { SANDBOX_PINCODES } from "./courier-fixtures";

/** The Ekart adapter for a sandbox account, with the given credentials and webhook secret. */
export function sandboxEkartCourier(
  account: { id: string; name: string; baseUrl: string },
  options: { credentials?: Record<string, string>; webhookSecret?: string | null } = {},
): Courier {
  const view = {
    ...account,
    courier: "EKART" as const,
    pickupPincode: SANDBOX_PINCODES.pickup,
    pickupLocationName: "Primary",
    dryRun: false,
  };
  return createEkartCourier({
    account: view,
    credentials: { ...(options.credentials ?? EKART_SANDBOX_CREDENTIALS) },
    webhookSecret: options.webhookSecret ?? null,
    createHttp: (config) => createCourierHttp(view, config),
  });
}
