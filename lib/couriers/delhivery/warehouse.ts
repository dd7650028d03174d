import { z } from "zod";
import { checkPickupLocation } from "../field-checks";
import type { PickupLocationRequest, RegisteredPickupLocation } from "../types";
import type { DelhiveryCall } from "./client";
import { parseWith } from "./read";

// POST /api/backend/clientwarehouse/create/ (Delhivery B2C, "Warehouse Creation"): the warehouse
// `name` is what a booking's pickup_location.name and a pickup request must carry, exactly. The
// answer is 201 {success: true, data: {name, message, …}}; a duplicate name or a missing field is
// 400 {success: false, error: [reasons], error_code: [2000 | 1000]}. The return address is
// required: parcels that come back return to the same warehouse.
const NAME_MAX = 100;
const ADDRESS_MAX = 200;

const createdSchema = z.object({
  success: z.literal(true),
  data: z.object({ name: z.string(), message: z.string().nullish() }).loose(),
});

export async function createClientWarehouse(
  call: DelhiveryCall,
  request: PickupLocationRequest,
): Promise<RegisteredPickupLocation> {
  const { address } = request;
  const phone = checkPickupLocation("DELHIVERY", request, {
    nameMax: NAME_MAX,
    lineMax: ADDRESS_MAX,
    needsEmail: false,
  });
  const street = [address.line1, address.line2].filter(Boolean).join(", ");
  const { body } = await call({
    endpoint: "warehouse",
    method: "POST",
    path: "/api/backend/clientwarehouse/create/",
    body: {
      name: request.name,
      phone,
      ...(address.email ? { email: address.email } : {}),
      address: street,
      city: address.city,
      pin: address.pincode,
      state: address.state,
      country: "India",
      registered_name: address.name,
      return_address: street,
      return_pin: address.pincode,
      return_city: address.city,
      return_state: address.state,
      return_country: "India",
    },
  });
  const created = parseWith(createdSchema, body, "warehouse");
  return {
    courierLocationName: created.data.name,
    courierLocationId: null,
    message: created.data.message || `Warehouse ${created.data.name} created.`,
    raw: body,
  };
}
