import { istNow, isDryRunId, newDryRunId } from "../dry-run";
import type { DryRunHook } from "../http/types";
import type { DelhiveryShipmentAnswer } from "./tracking";

// Synthetic Delhivery answers for a dry-run account's writes (see ../dry-run.ts), shaped like
// the documented answers so read.ts and the adapter read them exactly as they read Delhivery's.

/** The order reference inside a create form (format=json&data={shipments:[{order}]}). */
function referenceOf(body: unknown): string | null {
  if (!(body instanceof URLSearchParams)) return null;
  try {
    const data = JSON.parse(body.get("data") ?? "{}") as { shipments?: { order?: string }[] };
    return data.shipments?.[0]?.order ?? null;
  } catch {
    return null;
  }
}

/** What tracking says of a synthetic waybill: booked (manifested), never picked up. */
function bookedRecord(awb: string): { Shipment: DelhiveryShipmentAnswer } {
  return {
    Shipment: {
      AWB: awb,
      ReferenceNo: null,
      Status: {
        Status: "Manifested",
        StatusType: "UD",
        StatusDateTime: istNow().replace(" ", "T"),
        StatusLocation: null,
        StatusCode: "X-UCI",
        Instructions: "Dry run: not a real shipment, nothing will be picked up",
      },
      Scans: [],
      Consignee: null,
    },
  };
}

export const delhiveryDryRun: DryRunHook = (request) => {
  switch (request.endpoint) {
    case "create":
      return {
        body: {
          success: true,
          upload_wbn: newDryRunId("UPL"),
          packages: [
            {
              status: "Success",
              waybill: newDryRunId(),
              refnum: referenceOf(request.body),
              remarks: [],
            },
          ],
        },
      };
    case "cancel":
      return { body: { status: true, remark: "Dry run: nothing was cancelled at Delhivery" } };
    case "edit":
      return { body: { status: true, remark: "Dry run: nothing was changed at Delhivery" } };
    case "pickup": {
      const body = request.body as { pickup_date?: string } | undefined;
      return {
        body: {
          pickup_id: newDryRunId("PICKUP"),
          pickup_date: body?.pickup_date ?? istNow().slice(0, 10),
        },
      };
    }
    case "ndr":
      return { body: { request_id: newDryRunId("UPL") } };
    case "warehouse": {
      const name = (request.body as { name?: string } | undefined)?.name ?? "";
      return {
        body: {
          success: true,
          error: "",
          data: { name, message: "Dry run: no warehouse was created at Delhivery" },
        },
      };
    }
    case "ndr-status":
      return { body: { status: "Complete", remark: "Dry run" } };
    case "track": {
      // only asked here about synthetic waybills (a manifest of dry-run bookings)
      const waybills = String(request.query?.waybill ?? "").split(",");
      return { body: { ShipmentData: waybills.filter(isDryRunId).map(bookedRecord) } };
    }
    default:
      return null;
  }
};
