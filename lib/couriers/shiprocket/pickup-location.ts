import { z } from "zod";
import { checkPickupLocation } from "../field-checks";
import type { CourierHttp } from "../http/types";
import type { PickupLocationRequest, RegisteredPickupLocation } from "../types";
import { parseOrThrow } from "./parse";

// POST /settings/company/addpickup ("Add a New Pickup Location", Shiprocket API docs): the
// nickname (max 36 characters) is what an order's pickup_location names; the answer carries the
// new address under `address` with its pickup_code and id. Shiprocket refuses a duplicate
// nickname or a bad field with 422 {message, errors}.
const NICKNAME_MAX = 36;
const ADDRESS_MAX = 80;

const addedSchema = z.object({
  success: z.literal(true),
  address: z.object({ pickup_code: z.string(), id: z.union([z.number(), z.string()]) }).loose(),
  pickup_id: z.union([z.number(), z.string()]).transform(String),
});

export async function addPickupLocation(
  http: CourierHttp,
  request: PickupLocationRequest,
): Promise<RegisteredPickupLocation> {
  const { address } = request;
  const phone = checkPickupLocation("SHIPROCKET", request, {
    nameMax: NICKNAME_MAX,
    lineMax: ADDRESS_MAX,
    needsEmail: true,
  });
  const res = await http.request({
    endpoint: "addpickup",
    method: "POST",
    path: "/settings/company/addpickup",
    body: {
      pickup_location: request.name,
      name: address.name,
      email: address.email,
      phone: Number(phone),
      address: address.line1,
      address_2: address.line2 ?? "",
      city: address.city,
      state: address.state,
      country: "India",
      pin_code: Number(address.pincode),
    },
  });
  const added = parseOrThrow(addedSchema, res.body, "add pickup location");
  return {
    courierLocationName: request.name,
    courierLocationId: added.pickup_id,
    message: `Pickup location added: pickup id ${added.pickup_id}, pickup code ${added.address.pickup_code}.`,
    raw: res.body,
  };
}
