import type { Router } from "../../http";
import type { ShiprocketModule } from "./module";
import { serviceability, serviceabilityMissing, serviceabilityNotFound } from "./published";

// courier/serviceability: couriers, rates (zone and half-kg slabs) and ETAs for a lane, in the
// published answer's shape (./published.ts).

export const couriers = [
  { id: 43, name: "Delhivery Surface", perHalfKg: 38, days: 4, cod: 1, air: false },
  { id: 33, name: "Xpressbees Air", perHalfKg: 62, days: 2, cod: 1, air: true },
  { id: 19, name: "Ecom Express Surface 2kg", perHalfKg: 30, days: 6, cod: 0, air: false },
];

const zoneOf = (a: string, b: string) =>
  a.slice(0, 3) === b.slice(0, 3) ? 0 : a[0] === b[0] ? 1 : 2;

/** "Jul 01, 2024": the serviceability answer's `etd`, a day in IST. */
function etdDay(date: Date): string {
  const [, day, mon, year] = new Date(date.getTime() + 330 * 60_000).toUTCString().split(" ");
  return `${mon} ${day}, ${year}`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function mountRateRoutes(router: Router, m: ShiprocketModule): void {
  router.on("GET", `${m.base}/courier/serviceability`, (req) =>
    m.authed(req, () => {
      const from = req.query.get("pickup_postcode") ?? "";
      const to = req.query.get("delivery_postcode") ?? "";
      const weight = Number(req.query.get("weight") ?? "");
      const codParam = req.query.get("cod");
      const cod = codParam === "1" || codParam === "true";
      const errors: Record<string, string[]> = {};
      if (!/^\d{6}$/.test(from)) errors.pickup_postcode = ["The pickup postcode must be 6 digits."];
      if (!/^\d{6}$/.test(to))
        errors.delivery_postcode = ["The delivery postcode must be 6 digits."];
      const missing = serviceabilityMissing.body.errors;
      if (!(weight > 0)) errors.weight = missing.weight;
      if (codParam === null) errors.cod = missing.cod;
      // No order id to read weight and COD from either: Shiprocket names that too.
      if ((errors.weight || errors.cod) && !req.query.get("order_id"))
        errors.order_id = missing.order_id;
      if (Object.keys(errors).length)
        return { status: 422, body: { ...structuredClone(serviceabilityMissing.body), errors } };
      // Army Postal Service pincodes (9xxxxx) are served by no courier partner. Shiprocket does
      // not publish its answer for an unserved lane; this is its published "nothing found".
      const offered =
        to.startsWith("9") || from.startsWith("9") ? [] : couriers.filter((c) => !cod || c.cod);
      if (offered.length === 0)
        return {
          body: {
            ...serviceabilityNotFound.body,
            message: "No courier serviceable for this lane.",
          },
        };
      const zone = zoneOf(from, to);
      const slabs = Math.max(1, Math.ceil(weight / 0.5));
      const declared = Number(req.query.get("declared_value") ?? 0);
      const sample = structuredClone(serviceability.body);
      const template = sample.data.available_courier_companies[0]!;
      const available_courier_companies = offered.map((c, i) => {
        const freight = round2(c.perHalfKg * slabs * (1 + zone * 0.35));
        const codCharges = cod ? Math.max(35, Math.round(declared * 0.015)) : 0;
        const days = c.days + zone;
        return {
          ...template,
          charge_weight: slabs / 2,
          city: "",
          cod: c.cod,
          cod_charges: codCharges,
          courier_company_id: c.id,
          courier_name: c.name,
          estimated_delivery_days: String(days),
          etd: etdDay(new Date(Date.now() + days * 86_400_000)),
          etd_hours: days * 24,
          freight_charge: freight,
          id: 400_000_000 + Number(to) * 10 + i,
          is_custom_rate: 0,
          is_surface: !c.air,
          mode: c.air ? 1 : 0,
          postcode: to,
          rate: round2(freight + codCharges),
          rating: 4.5,
          rto_charges: freight,
          state: "",
          zone: `z_${"abc"[zone]}`,
        };
      });
      const recommended = available_courier_companies[0]?.courier_company_id ?? null;
      return {
        body: {
          ...sample,
          data: {
            ...sample.data,
            available_courier_companies,
            blocked_courier_companies: [],
            recommended_courier_company_id: recommended,
            shiprocket_recommended_courier_id: recommended,
          },
        },
      };
    }),
  );
}
