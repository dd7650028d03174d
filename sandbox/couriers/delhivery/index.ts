import type { Router } from "../../http";
import { mountDelhiveryControl } from "./control";
import { createDelhiveryModule } from "./module";
import { mountCreateRoute } from "./routes-create";
import { mountInfoRoutes } from "./routes-info";
import { mountShipmentRoutes } from "./routes-shipments";
import { mountWarehouseRoutes } from "./routes-warehouse";

export {
  DELHIVERY_SANDBOX_TOKEN,
  DELHIVERY_SANDBOX_WEBHOOK_TOKEN,
  DELHIVERY_UNSERVICEABLE,
} from "./module";

/**
 * The sandbox Delhivery at /delhivery (point an account's base URL there): Delhivery's B2C paths,
 * "Authorization: Token <token>" (the static token DELHIVERY_SANDBOX_TOKEN), its answer shapes,
 * waybills, 4×6 label PDFs, pickup requests, asynchronous NDR requests (UPL ids), the documented
 * throttle of the invoice-charges API (429 + Retry-After), a lifecycle clock (paused unless
 * `stepMs` or the control API says otherwise) and scan pushes carrying the x-delhivery-token header.
 */
export function mountDelhivery(router: Router, options: { stepMs?: number } = {}) {
  const delhivery = createDelhiveryModule(options);
  mountInfoRoutes(router, delhivery);
  mountCreateRoute(router, delhivery);
  mountShipmentRoutes(router, delhivery);
  mountWarehouseRoutes(router, delhivery);
  mountDelhiveryControl(router, delhivery);
  return delhivery;
}
