import { withRoute } from "@/lib/http/with-route";
import { requestRto } from "@/lib/shipping/request-rto";
import { z } from "@/lib/validation/zod";
import { orderIdParams } from "@/lib/validation/order";

export const POST = withRoute({
  route: "POST /api/orders/[id]/rto",
  params: orderIdParams,
  body: z.object({
    remarks: z
      .string()
      .trim()
      .max(200, "Remarks can be at most 200 characters.")
      .transform((v) => v || undefined)
      .optional(),
  }),
  handler: ({ params, body, caller }) =>
    requestRto({ orderId: params.id, remarks: body.remarks, caller }),
});
