import { withRoute } from "@/lib/http/with-route";
import { getShipmentLabel } from "@/lib/shipping/get-shipment-label";
import { shipmentIdParams } from "@/lib/validation/shipping";

export const GET = withRoute({
  route: "GET /api/shipments/[id]/label",
  params: shipmentIdParams,
  handler: async ({ params, caller }) => {
    const label = await getShipmentLabel({ shipmentId: params.id, viewer: caller });
    return new Response(Buffer.from(label.pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="label-${label.awb.replace(/[^\w-]/g, "")}.pdf"`,
        "cache-control": "private, no-store",
      },
    });
  },
});
