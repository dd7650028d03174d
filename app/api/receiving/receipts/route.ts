import { withRoute } from "@/lib/http/with-route";
import { receiveParcel } from "@/lib/receiving/receive-parcel";
import { receiptBody } from "@/lib/validation/receiving";

// Completes a receipt: restock, write-off and claim per line, the order Returned, the refund planned.
export const POST = withRoute({
  route: "POST /api/receiving/receipts",
  body: receiptBody,
  handler: ({ body, caller }) => receiveParcel({ ...body, user: caller }),
});
