import type { Router, SandboxResponse } from "../../http";
import { SANDBOX_COMPANY_ID } from "./answers-orders";
import type { ShiprocketModule } from "./module";

// settings/company/addpickup and settings/company/pickup, as the Shiprocket API docs publish them
// (Pickup Addresses): the success answer's `address`/`pickup_id`, and the 422
// {message, errors, status_code} of a refused field. The wording for a nickname already in use
// and for a pincode Shiprocket does not know is not published; the shape is the 422 one.

const PIN = /^[1-9]\d{5}$/;
const required = ["pickup_location", "name", "email", "phone", "address", "city", "state"];

const refused = (message: string, errors: Record<string, string[]>): SandboxResponse => ({
  status: 422,
  body: { message, errors, status_code: 422 },
});

export function mountPickupLocationRoutes(router: Router, m: ShiprocketModule): void {
  let nextId = 1_856_901;
  const locations = m.store.pickupLocations;
  router
    .on("POST", `${m.base}/settings/company/addpickup`, (req) =>
      m.authed(req, () => {
        const body = req.json<Record<string, unknown>>();
        const errors: Record<string, string[]> = {};
        for (const field of required)
          if (!String(body[field] ?? "").trim())
            errors[field] = [`The ${field.replace(/_/g, " ")} field is required.`];
        if (Object.keys(errors).length) return refused("Oops! Invalid Data.", errors);
        const nickname = String(body.pickup_location);
        if (nickname.length > 36)
          return refused("Oops! Invalid Data.", {
            pickup_location: ["The pickup location may not be greater than 36 characters."],
          });
        if (!/^[6-9]\d{9}$/.test(String(body.phone)))
          return refused("Not a valid mobile number", { phone: ["Not a valid mobile number."] });
        if (!PIN.test(String(body.pin_code ?? "")))
          return refused("Invalid pincode", { pin_code: ["The pin code is invalid."] });
        if (locations.has(nickname))
          return refused("Address nick name already in use", {
            pickup_location: ["The address nick name has already been taken."],
          });
        const pickupId = nextId++;
        locations.set(nickname, { ...body, pickup_id: pickupId });
        const now = new Date().toISOString().slice(0, 19).replace("T", " ");
        return {
          body: {
            success: true,
            address: {
              company_id: SANDBOX_COMPANY_ID,
              pickup_code: nickname,
              address: body.address,
              address_2: body.address_2 ?? "",
              address_type: null,
              city: body.city,
              state: body.state,
              country: body.country ?? "India",
              gstin: null,
              pin_code: String(body.pin_code),
              phone: String(body.phone),
              email: body.email,
              name: body.name,
              alternate_phone: null,
              lat: null,
              long: null,
              status: 1,
              phone_verified: 0,
              rto_address_id: pickupId,
              extra_info: '{"source":3}',
              updated_at: now,
              created_at: now,
              id: pickupId,
            },
            pickup_id: pickupId,
            company_name: "packline-sandbox",
            full_name: "API",
          },
        };
      }),
    )
    .on("GET", `${m.base}/settings/company/pickup`, (req) =>
      m.authed(req, () => ({
        body: {
          data: {
            shipping_address: [...locations.entries()].map(([nickname, l]) => ({
              id: l.pickup_id,
              pickup_location: nickname,
              address: l.address,
              address_2: l.address_2 ?? "",
              city: l.city,
              state: l.state,
              country: "India",
              pin_code: String(l.pin_code),
              email: l.email,
              phone: String(l.phone),
              name: l.name,
              status: 2,
            })),
            allow_more: "true",
            is_blackbox_seller: false,
            company_name: "packline-sandbox",
            recent_addresses: [],
          },
        },
      })),
    );
}
