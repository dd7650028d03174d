import { withRoute } from "@/lib/http/with-route";
import { orderIdParams } from "@/lib/validation/packing";
import { getPackOrder } from "@/lib/warehouse/get-pack-order";
import { renderPackingSlip } from "@/lib/warehouse/render-packing-slip";

export const GET = withRoute({
  route: "GET /api/orders/[id]/packing-slip",
  params: orderIdParams,
  handler: async ({ params, caller }) => {
    const order = await getPackOrder({ orderId: params.id, viewer: caller });
    const pdf = await renderPackingSlip(order);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        // inline: opens in the browser's viewer, ready to print on the station's printer
        "content-disposition": `inline; filename="packing-slip-${order.number}.pdf"`,
        "cache-control": "no-store",
      },
    });
  },
});
