import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { addOrderNote } from "@/lib/orders/add-order-note";
import { listOrderNotes } from "@/lib/orders/list-order-notes";
import { noteInput, orderIdParams } from "@/lib/validation/order";

export const GET = withRoute({
  route: "GET /api/orders/[id]/notes",
  params: orderIdParams,
  handler: async ({ params }) => ({ items: await listOrderNotes({ orderId: params.id }) }),
});

export const POST = withRoute({
  route: "POST /api/orders/[id]/notes",
  params: orderIdParams,
  body: noteInput,
  handler: async ({ params, body, caller }) =>
    NextResponse.json(
      await addOrderNote({ orderId: params.id, authorId: caller.id, body: body.body }),
      { status: 201 },
    ),
});
