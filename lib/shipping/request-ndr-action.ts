import type { NdrActionRequest, NdrActionResult } from "@/lib/couriers/types";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { AppError, notFound, type FieldErrors } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import { log } from "@/lib/observability/logger";
import type { NdrActionBody } from "@/lib/validation/ndr";
import { ndrAddressProblems, reattemptDateProblem } from "./check-ndr-request";
import { claimNdrAction, notInNdr, type NdrActor } from "./claim-ndr-action";
import { ndrSelect, toNdrActionView, type NdrActionView, type NdrPayload } from "./ndr-view";
import { recordNdrAnswer } from "./record-ndr-answer";

export interface RequestNdrActionInput {
  shipmentId: string;
  action: NdrActionBody;
  caller: NdrActor;
  now?: Date;
  /** the buyer's link and the rule job ask once per failed attempt (see claimNdrAction) */
  oncePerAttempt?: boolean;
  /** ops' return to origin of a parcel picked up and not delivered, in NDR or not (request-rto.ts) */
  afterPickup?: boolean;
}

const WHAT = { REATTEMPT: "re-attempt", RTO: "return to origin" } as const;

/**
 * Ops' answer to a failed delivery: re-attempt (on a day, maybe with a new phone or address)
 * or return to origin. Checked first (the shipment is in NDR, the courier takes NDR actions,
 * the day, phone and address fit), recorded as REQUESTED under the shipment's lock (a double
 * click is refused, not sent twice), sent through the courier port, and then marked ACCEPTED
 * or FAILED with the courier's own sentence, so a failure is on record and can be asked again.
 */
export async function requestNdrAction(input: RequestNdrActionInput): Promise<NdrActionView> {
  const now = input.now ?? new Date();
  const { action } = input;
  const shipment = await db.shipment.findUnique({
    where: { id: input.shipmentId },
    select: { awb: true, status: true, courierAccountId: true },
  });
  if (!shipment) throw notFound("The shipment");
  // The status is checked under the shipment's lock in claimNdrAction; this spares a courier
  // look-up for a parcel that is plainly not in NDR.
  if (!input.afterPickup && shipment.status !== "NDR")
    throw notInNdr(shipment.awb, shipment.status);
  if (!shipment.awb || !shipment.courierAccountId)
    throw new AppError("CONFLICT", "This shipment has no AWB with a courier to act on.");
  const courier = await getCourierForAccount(shipment.courierAccountId);
  if (!courier.capabilities.ndr)
    throw new AppError(
      "CONFLICT",
      `${courier.code.toLowerCase()} takes no NDR actions through its API: ask for the ${WHAT[action.kind]} in the courier's panel.`,
    );
  if (action.kind === "REATTEMPT") {
    const errors: FieldErrors = ndrAddressProblems(courier.code, action);
    const dateProblem = reattemptDateProblem(action.date, now);
    if (dateProblem) errors.date = [dateProblem];
    if (Object.keys(errors).length)
      throw new AppError("VALIDATION", "The re-attempt request has invalid fields.", {
        fieldErrors: errors,
      });
  }

  const payload: NdrPayload = { by: input.caller.name, ...withoutKind(action) };
  const claim = await claimNdrAction({
    shipmentId: input.shipmentId,
    kind: action.kind,
    payload,
    caller: input.caller,
    now,
    oncePerAttempt: input.oncePerAttempt,
    afterPickup: input.afterPickup && action.kind === "RTO",
  });
  const request = toCourierRequest(claim.awb, action);
  let result: NdrActionResult;
  try {
    result = await courier.ndrAction(request);
  } catch (error) {
    const message =
      error instanceof CourierError
        ? (error.courierMessage ?? error.message)
        : "Packline could not send it (an internal error); try again.";
    await recordNdrAnswer(claim, { status: "FAILED", message });
    if (!(error instanceof CourierError)) throw error;
    throw new AppError(
      error.retryable ? "UPSTREAM" : error.kind === "validation" ? "VALIDATION" : "CONFLICT",
      `${courier.code.toLowerCase()} did not take the ${WHAT[action.kind]}: ${message.replace(/[.\s]+$/, "")}. It is recorded as failed; you can try again.`,
      { cause: error, details: { actionId: claim.actionId, retryable: error.retryable } },
    );
  }
  if (!result.accepted) {
    const message = result.message ?? "the courier did not accept it and gave no reason";
    await recordNdrAnswer(claim, { status: "FAILED", message, courierRef: result.courierRef });
    throw new AppError(
      "CONFLICT",
      `${courier.code.toLowerCase()} did not accept the ${WHAT[action.kind]}: ${message.replace(/[.\s]+$/, "")}. It is recorded as failed; you can try again.`,
      { details: { actionId: claim.actionId } },
    );
  }
  await recordNdrAnswer(claim, {
    status: "ACCEPTED",
    message: result.message,
    courierRef: result.courierRef,
  });
  log.info("NDR action accepted", { awb: claim.awb, kind: action.kind, courier: courier.code });
  const row = await db.ndrAction.findUniqueOrThrow({
    where: { id: claim.actionId },
    select: ndrSelect.ndrActions.select,
  });
  return toNdrActionView(row, now);
}

/** The request as ops typed it (normalised), without the kind, which has its own column. */
function withoutKind(action: NdrActionBody): Omit<NdrPayload, "by"> {
  if (action.kind === "RTO") return { remarks: action.remarks };
  const { date, phone, addressLine1, addressLine2, landmark, remarks } = action;
  return { date, phone, addressLine1, addressLine2, landmark, remarks };
}

function toCourierRequest(awb: string, action: NdrActionBody): NdrActionRequest {
  if (action.kind === "RTO") return { kind: "RTO", awb, remarks: action.remarks };
  const address = action.addressLine1
    ? { line1: action.addressLine1, line2: action.addressLine2, landmark: action.landmark }
    : null;
  return {
    kind: "REATTEMPT",
    awb,
    date: action.date,
    phone: action.phone ?? null,
    address,
    remarks: action.remarks,
  };
}
