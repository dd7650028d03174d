import type { Router } from "../../http";
import { EKART_UNSERVICEABLE, ekartError } from "./routes";
import { guard } from "./route-guard";
import { ekartState } from "./state";

/** Serviceability, rate estimates, pickup address registration and webhook registration. */
export function mountEkartLookupRoutes(router: Router): void {
  router
    .on(
      "GET",
      "/ekart/api/v2/serviceability/:pincode",
      guard((req) => {
        const pin = req.params.pincode!;
        const ok = /^[1-9]\d{5}$/.test(pin) && !EKART_UNSERVICEABLE.has(pin);
        return {
          body: {
            status: ok,
            pincode: Number(pin),
            remark: ok ? "Pincode is serviceable" : "Pincode is not serviceable",
            ...(ok
              ? {
                  details: {
                    cod: true,
                    max_cod_amount: 49_999,
                    forward_pickup: true,
                    forward_drop: true,
                    reverse_pickup: true,
                    reverse_drop: true,
                    city: "Sandbox",
                    state: "KA",
                  },
                }
              : {}),
          },
        };
      }),
    )
    .on(
      "POST",
      "/ekart/data/v3/serviceability",
      guard((req) => {
        const body = req.json<{ dropPincode?: string; weight?: string }>();
        if (EKART_UNSERVICEABLE.has(String(body.dropPincode))) return { body: [] };
        const freight = (40 + Math.ceil(Number(body.weight ?? 500) / 500) * 25).toFixed(2);
        return {
          body: [
            {
              tat: { min: 2, max: 4 },
              courierGroup: "EKART",
              forwardDeliveredCharges: {
                forwardFreight: freight,
                totalForwardDeliveredEstimate: freight,
              },
            },
          ],
        };
      }),
    )
    .on(
      "POST",
      "/ekart/data/pricing/estimate",
      guard((req) => {
        const body = req.json<{ weight?: number; codAmount?: number; dropPincode?: number }>();
        const slabs = Math.ceil(Number(body.weight ?? 500) / 500);
        const shipping = 40 + slabs * 25;
        const cod = Number(body.codAmount) > 0 ? Math.max(30, Number(body.codAmount) * 0.015) : 0;
        const taxes = (shipping + cod) * 0.18;
        const f = (n: number) => n.toFixed(2);
        return {
          body: {
            type: "WEIGHT_BASED",
            zone: String(body.dropPincode ?? "").startsWith("5") ? "C" : "D",
            volumetricWeight: f(slabs * 500),
            billingWeight: f(slabs * 500),
            shippingCharge: f(shipping),
            rtoCharge: f(shipping),
            fuelSurcharge: "0.00",
            codCharge: f(cod),
            qcCharge: "0.00",
            taxes: f(taxes),
            total: f(shipping + cod + taxes),
            rid: `RID-${Date.now()}`,
            rSnapshotId: "SNAP-SANDBOX",
          },
        };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v2/address",
      guard((req) => {
        const body = req.json<{
          alias?: string;
          phone?: number;
          address_line1?: string;
          pincode?: number;
        }>();
        if (
          !body.alias ||
          !body.address_line1 ||
          !body.pincode ||
          !(Number(body.phone) >= 1e9 && Number(body.phone) <= 9_999_999_999)
        )
          return ekartError(
            400,
            "BAD_REQUEST",
            "alias, phone, address_line1 and pincode are required",
          );
        return {
          body: {
            status: true,
            alias: body.alias,
            remark: `Successful operation on Address ${body.alias}`,
          },
        };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v2/webhook",
      guard((req) => {
        const body = req.json<{
          url?: string;
          secret?: string;
          topics?: string[];
          active?: boolean;
        }>();
        if (
          !body.url ||
          !body.secret ||
          body.secret.length < 6 ||
          body.secret.length > 30 ||
          !body.topics?.length
        )
          return ekartError(
            400,
            "BAD_REQUEST",
            "url, secret (6-30 characters) and topics are required",
          );
        ekartState.webhook = {
          url: body.url,
          secret: body.secret,
          topics: body.topics,
          id: `WH${Date.now()}`,
        };
        return { body: { ...ekartState.webhook, active: body.active ?? true } };
      }),
    )
    .on(
      "GET",
      "/ekart/api/v2/webhook",
      guard(() => ({ body: ekartState.webhook ? [{ ...ekartState.webhook, active: true }] : [] })),
    );
}
