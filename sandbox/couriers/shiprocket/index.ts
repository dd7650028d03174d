import type { Router } from "../../http";
import { mountShiprocketControl } from "./control";
import { createShiprocketModule } from "./module";
import { mountCourierRoutes } from "./routes-courier";
import { mountFileRoutes } from "./routes-files";
import { mountHandoverRoutes } from "./routes-handover";
import { mountOrderRoutes } from "./routes-orders";
import { mountPickupLocationRoutes } from "./routes-pickup-locations";
import { mountRateRoutes } from "./routes-rates";

/**
 * The sandbox Shiprocket at /shiprocket/v1/external (point an account's base URL there):
 * Shiprocket's paths, Bearer tokens from /auth/login that expire after 10 days, its documented
 * answer shapes, label and manifest PDFs, a lifecycle clock (paused unless `stepMs` or the
 * control API says otherwise) and tracking webhooks pushed with the `x-api-key` token.
 */
export function mountShiprocket(router: Router, options: { stepMs?: number } = {}) {
  const shiprocket = createShiprocketModule(options);
  mountOrderRoutes(router, shiprocket);
  mountCourierRoutes(router, shiprocket);
  mountHandoverRoutes(router, shiprocket);
  mountRateRoutes(router, shiprocket);
  mountFileRoutes(router, shiprocket);
  mountPickupLocationRoutes(router, shiprocket);
  mountShiprocketControl(router, shiprocket);
  return shiprocket;
}
