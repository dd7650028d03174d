import { newDryRunId } from "../dry-run";
import type { DryRunHook } from "../http/types";
import type { EkartCreateAck } from "./read";

// Synthetic Ekart answers for a dry-run account's writes (see ../dry-run.ts), shaped like the
// acknowledgements of Ekart API Docs v3.8.8 so read.ts and the adapter read them as usual.

const REMARK = "Dry run: nothing was sent to Ekart";

export const ekartDryRun: DryRunHook = (request) => {
  const body = (request.body ?? {}) as Record<string, unknown>;
  switch (request.endpoint) {
    case "create": {
      const awb = newDryRunId();
      const ack: EkartCreateAck = {
        status: true,
        remark: REMARK,
        tracking_id: awb,
        vendor: "Ekart (dry run)",
        barcodes: {
          wbn: awb,
          order: typeof body.order_number === "string" ? body.order_number : "",
        },
      };
      return { body: ack };
    }
    case "cancel":
      return { body: { status: true, remark: REMARK } };
    case "dispatch-date":
      return { body: { status: true, remark: REMARK } };
    case "manifest":
      // No document exists: the adapter accepts a dry-run answer without a download link.
      return { body: { manifestNumber: Number(Date.now().toString().slice(-9)) } };
    case "ndr":
      return { body: { status: true, remark: REMARK, tracking_id: body.wbn ?? null } };
    case "address":
      return { body: { status: true, alias: body.alias ?? null, remark: REMARK } };
    default:
      return null;
  }
};
