import { randomInt } from "node:crypto";
import { istNow, newDryRunId } from "../dry-run";
import type { DryRunHook } from "../http/types";

// Synthetic Shiprocket answers for a dry-run account's writes (see ../dry-run.ts), shaped like
// the documented answers so parse.ts's schemas and book.ts/operations.ts read them as usual.

/** Shiprocket order and shipment ids are numbers; these stay clear of real ones' range. */
const syntheticId = () => 900_000_000 + randomInt(99_999_999);

const DRY_RUN_COURIER = "Dry run (not booked)";

export const shiprocketDryRun: DryRunHook = (request) => {
  const body = (request.body ?? {}) as Record<string, unknown>;
  switch (request.endpoint) {
    case "create":
      // Like the adhoc/return create answer: an order and shipment, the AWB assigned next.
      return {
        body: {
          order_id: syntheticId(),
          shipment_id: syntheticId(),
          status: "NEW",
          status_code: 1,
          awb_code: "",
        },
      };
    case "assign_awb":
      return {
        body: {
          awb_assign_status: 1,
          response: {
            data: {
              awb_code: newDryRunId(),
              courier_company_id: typeof body.courier_id === "number" ? body.courier_id : null,
              courier_name: DRY_RUN_COURIER,
              pickup_scheduled_date: null,
            },
          },
        },
      };
    case "orders": {
      // Only asked here about a synthetic AWB (after a restart forgot its ids): echo it back.
      const awb = String(request.query?.search ?? "");
      return {
        body: {
          data: [
            {
              id: syntheticId(),
              channel_order_id: awb,
              status: "NEW",
              shipments: [{ id: syntheticId(), awb, courier: DRY_RUN_COURIER }],
            },
          ],
        },
      };
    }
    case "cancel":
      return { body: { message: "Dry run: nothing was cancelled at Shiprocket." } };
    case "addpickup":
      // like the documented answer; the pickup code is Shiprocket's own, so none is made up
      return {
        body: {
          success: true,
          address: { pickup_code: "DRY RUN", id: syntheticId() },
          pickup_id: syntheticId(),
        },
      };
    case "pickup":
      return {
        body: {
          pickup_status: 1,
          response: {
            pickup_scheduled_date: istNow(),
            pickup_token_number: newDryRunId("PICKUP"),
            data: "Dry run: no pickup was requested from Shiprocket.",
          },
        },
      };
    case "manifest":
      // No document exists: an empty manifest_url reads as "no manifest link" (operations.ts).
      return { body: { status: 1, manifest_url: "" } };
    case "ndr":
      return { body: { status: "Dry run: the NDR answer was not sent to Shiprocket." } };
    default:
      return null;
  }
};
