import { reprintLabel } from "@/lib/dispatch/labels/reprint-label";
import { withRoute } from "@/lib/http/with-route";
import { labelQuery } from "@/lib/validation/label-batch";
import { shipmentIdParams } from "@/lib/validation/shipping";

export const GET = withRoute({
  route: "GET /api/shipments/[id]/label",
  params: shipmentIdParams,
  query: labelQuery,
  handler: async ({ params, query, caller }) => {
    const label = await reprintLabel({
      shipmentId: params.id,
      viewer: caller,
      layout: query.layout,
    });
    return new Response(Buffer.from(label.pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="label-${label.awb.replace(/[^\w-]/g, "")}.pdf"`,
        "cache-control": "private, no-store",
      },
    });
  },
});
