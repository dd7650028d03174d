import type { Router } from "../../http";
import type { ShiprocketModule } from "./module";
import { couriers } from "./payloads";

// courier/serviceability: couriers, rates (zone and half-kg slabs) and ETAs for a lane.

const zoneOf = (a: string, b: string) =>
  a.slice(0, 3) === b.slice(0, 3) ? 0 : a[0] === b[0] ? 1 : 2;

export function mountRateRoutes(router: Router, m: ShiprocketModule): void {
  const { base } = m;
  router.on("GET", `${base}/courier/serviceability`, (req) =>
    m.authed(req, () => {
      const from = req.query.get("pickup_postcode") ?? "";
      const to = req.query.get("delivery_postcode") ?? "";
      const weight = Number(req.query.get("weight") ?? "");
      const cod = req.query.get("cod") === "1" || req.query.get("cod") === "true";
      const errors: Record<string, string[]> = {};
      if (!/^\d{6}$/.test(from)) errors.pickup_postcode = ["The pickup postcode must be 6 digits."];
      if (!/^\d{6}$/.test(to))
        errors.delivery_postcode = ["The delivery postcode must be 6 digits."];
      if (!(weight > 0))
        errors.weight = ["The weight field is required when order id is not present."];
      if (Object.keys(errors).length)
        return {
          status: 422,
          body: { message: "Required field missing", errors, status_code: 422 },
        };
      // Army Postal Service pincodes (9xxxxx) are served by no courier partner.
      const offered =
        to.startsWith("9") || from.startsWith("9") ? [] : couriers.filter((c) => !cod || c.cod);
      if (offered.length === 0)
        return {
          status: 404,
          body: { status: 404, message: "No courier serviceable for the given pincodes." },
        };
      const zone = zoneOf(from, to);
      const slabs = Math.max(1, Math.ceil(weight / 0.5));
      const available_courier_companies = offered.map((c) => {
        const freight = Math.round(c.perHalfKg * slabs * (1 + zone * 0.35) * 100) / 100;
        const codCharges = cod
          ? Math.max(35, Math.round(Number(req.query.get("declared_value") ?? 0) * 0.015))
          : 0;
        const days = c.days + zone;
        return {
          courier_company_id: c.id,
          courier_name: c.name,
          rate: Math.round((freight + codCharges) * 100) / 100,
          freight_charge: freight,
          cod_charges: codCharges,
          cod: c.cod,
          estimated_delivery_days: String(days),
          etd: new Date(Date.now() + days * 86_400_000).toDateString().slice(4),
          etd_hours: days * 24,
          is_surface: !c.air,
          mode: c.air ? 1 : 0,
          min_weight: 0.5,
          charge_weight: slabs / 2,
          postcode: to,
          rating: 4.5,
          zone: `z_${"abc"[zone]}`,
        };
      });
      return {
        body: {
          status: 200,
          currency: "INR",
          data: {
            available_courier_companies,
            recommended_courier_company_id: available_courier_companies[0]?.courier_company_id,
          },
        },
      };
    }),
  );
}
