import { withRoute } from "@/lib/http/with-route";
import { markPackedBody, orderIdParams } from "@/lib/validation/packing";
import { markPacked } from "@/lib/warehouse/mark-packed";

export const POST = withRoute({
  route: "POST /api/orders/[id]/mark-packed",
  params: orderIdParams,
  body: markPackedBody,
  handler: ({ params, body: { expectedVersion, weightGrams, boxPresetId }, caller }) =>
    markPacked({
      orderId: params.id,
      viewer: caller,
      expectedVersion,
      parcel:
        weightGrams !== undefined && boxPresetId !== undefined
          ? { weightGrams, boxPresetId }
          : undefined,
    }),
});
