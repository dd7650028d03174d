import type { Router, SandboxResponse } from "../../http";
import { guard, type DelhiveryModule } from "./module";

// POST /api/backend/clientwarehouse/create/: 201 {success: true, error: "", data: {name,
// business_hours, pincode, phone, client, address, active, message}}; a name already registered is
// 400 error_code [2000], missing or ill-typed fields 400 error_code [1000], both {success: false,
// error: [reasons], data: {name, …, message}}.
// Unpublished: the B2C docs (Shipcrowd B2C/Delhivery_API_2.md @35285724, "Client Warehouse
// Creation") give the request only. These follow live answers quoted in public client code we could
// not tie to a citable repository; the duplicate text is in the B2B docs' (B2B/Delhivery_API_2.md)
// warehouse Common Errors, "clien" typo aside.

const PIN = /^[1-9]\d{5}$/;
const HOURS = { start_time: "09:30", close_time: "18:30" };
const DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT"];
const CLIENT = "0080e1-PACKLINE-do-cdp";

function refused(code: 1000 | 2000, name: string, errors: string[]): SandboxResponse {
  return {
    status: 400,
    body: {
      error_code: [code],
      data: {
        name,
        phone: null,
        address: null,
        secondary_phone: null,
        message: "some error while creating/updating warehouse",
        other_phone: null,
      },
      success: false,
      error: errors,
    },
  };
}

export function mountWarehouseRoutes(router: Router, m: DelhiveryModule): void {
  const warehouses = new Map<string, Record<string, unknown>>();
  router
    .on(
      "POST",
      "/delhivery/api/backend/clientwarehouse/create",
      guard(m, (req) => {
        const body = req.json<Record<string, unknown>>();
        const name = String(body.name ?? "");
        const missing = ["name", "phone", "address", "pin", "return_address", "return_pin"]
          .filter((f) => !String(body[f] ?? "").trim())
          .map((f) => `${f}: ${f} is required`);
        const mistyped = ["address", "pin", "return_address", "return_pin"]
          .filter((f) => body[f] !== undefined && typeof body[f] !== "string")
          .map((f) => `${f}: ${f} must be a string`);
        if (missing.length || mistyped.length)
          return refused(1000, name, [...missing, ...mistyped]);
        if (!PIN.test(String(body.pin)) || !PIN.test(String(body.return_pin)))
          return refused(1000, name, ["pin: pin must be a valid 6-digit pincode"]);
        if (warehouses.has(name))
          return refused(2000, name, [
            `Transaction Failed: client-warehouse of client: cms::client::${CLIENT} with name: ${name} already exists CLIENT_STORES_CREATE`,
          ]);
        warehouses.set(name, body);
        return {
          status: 201,
          body: {
            success: true,
            error: "",
            data: {
              business_hours: Object.fromEntries(DAYS.map((d) => [d, HOURS])),
              name,
              business_days: DAYS,
              pincode: Number(body.pin),
              type_of_clientwarehouse: null,
              phone: String(body.phone),
              client: CLIENT,
              address: body.address,
              active: true,
              message: "A new client warehouse has been created in HQ(Delhivery).",
              largest_vehicle_constraint: null,
            },
          },
        };
      }),
    )
    // Control: the warehouses registered so far, as sent (what tests compare a booking with).
    .on("GET", "/_control/delhivery/warehouses", () => ({
      body: { warehouses: Object.fromEntries(warehouses) },
    }));
}
