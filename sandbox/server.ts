import { createServer, type Server } from "node:http";
import { mountControl, recordRequest } from "./control";
import { applyFault } from "./faults";
import { Router, readBody, send } from "./http";
import { mountSms } from "./sms";
import { mountWhatsApp } from "./whatsapp";
import { mountRazorpay } from "./razorpay";
import { mountRazorpayRefunds } from "./razorpay-refunds";
import { mountStore } from "./store";
import { mountEkart } from "./couriers/ekart/routes";
import { mountShiprocket } from "./couriers/shiprocket";
import { mountDelhivery } from "./couriers/delhivery";
import { mountRemittanceReports } from "./remittance-reports";

// The outside world for development, demos and tests: couriers, the store API, the payment
// gateway and SMS, each mounted under its own prefix. Real adapters reach it by base URL.
export function createSandbox(): { server: Server; router: Router } {
  const router = new Router();
  mountControl(router);
  mountSms(router);
  mountWhatsApp(router);
  mountStore(router);
  mountRazorpay(router);
  mountRazorpayRefunds(router);
  mountEkart(router);
  mountShiprocket(router);
  mountDelhivery(router);
  mountRemittanceReports(router);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    try {
      const rawBody = await readBody(req);
      if (!url.pathname.startsWith("/_control")) {
        recordRequest(req.method ?? "GET", url);
        const fault = await applyFault(url.pathname);
        if (fault === "hang") return;
        if (fault) return send(res, fault);
      }
      const found = router.match(req.method ?? "GET", url.pathname);
      if (!found)
        return send(res, {
          status: 404,
          body: { message: `No sandbox route for ${req.method} ${url.pathname}` },
        });
      const out = await found.handler({
        method: req.method ?? "GET",
        path: url.pathname,
        params: found.params,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
        json: () => (rawBody ? JSON.parse(rawBody) : {}),
      });
      send(res, out);
    } catch (error) {
      const malformed = error instanceof SyntaxError;
      send(res, {
        status: malformed ? 400 : 500,
        body: { message: malformed ? "Malformed JSON body" : String(error) },
      });
    }
  });
  return { server, router };
}
