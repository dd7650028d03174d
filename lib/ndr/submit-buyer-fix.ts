import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requestNdrAction } from "@/lib/shipping/request-ndr-action";
import type { NdrActionBody } from "@/lib/validation/ndr";
import type { FixDeliveryBody } from "@/lib/validation/fix-delivery";
import { shipmentOfLink } from "./buyer-link-refused";
import { BUYER, getBuyerNdr } from "./get-buyer-ndr";

/**
 * The buyer's answer from their link: a new day (maybe with a corrected phone or address) or
 * "send it back". It goes to the courier through the same NDR action as ops' (checks, lock,
 * record with who and when, the courier's answer), marked as the buyer's and allowed once per
 * failed attempt; the page then shows what was asked and what the courier said.
 */
export async function submitBuyerFix(input: { token: string; body: FixDeliveryBody; now?: Date }) {
  const now = input.now ?? new Date();
  const shipmentId = shipmentOfLink(input.token, now);
  await requestNdrAction({
    shipmentId,
    action: await toAction(shipmentId, input.body),
    caller: BUYER,
    oncePerAttempt: true,
    now,
  });
  return getBuyerNdr(input.token, now);
}

/**
 * Couriers' NDR requests carry address lines but no pincode field, and re-deliver from the hub
 * that serves the parcel's route: a new pincode is taken only where the same courier delivers
 * (for COD, collects cash) there, and is written into the address the courier reads.
 */
async function toAction(shipmentId: string, body: FixDeliveryBody): Promise<NdrActionBody> {
  if (body.kind === "RTO") return body;
  const { pincode, ...action } = body;
  const shipment = await db.shipment.findUnique({
    where: { id: shipmentId },
    select: {
      courierAccountId: true,
      order: { select: { pincode: true, paymentMethod: true } },
    },
  });
  if (!shipment) throw notFound("The parcel");
  if (!pincode || pincode === shipment.order.pincode) return action;
  const refuse = (message: string) =>
    new AppError("VALIDATION", "The new address cannot be used.", {
      fieldErrors: { pincode: [message] },
    });
  if (!action.addressLine1) throw refuse("Enter the house and street at the new pincode too.");
  if (!shipment.courierAccountId) throw refuse("This parcel has no courier to ask.");
  const courier = await getCourierForAccount(shipment.courierAccountId);
  const served = await courier.checkServiceability(pincode);
  const cod = shipment.order.paymentMethod === "COD";
  if (!served.serviceable || (cod && !served.cod))
    throw refuse(
      `The courier does not deliver${cod && served.serviceable ? " cash-on-delivery parcels" : ""} to ${pincode}. Choose the old address, or ask to send the parcel back.`,
    );
  const area = [action.addressLine2, `PIN ${pincode}`].filter(Boolean).join(", ");
  return { ...action, addressLine2: area };
}
