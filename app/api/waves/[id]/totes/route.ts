import { withRoute } from "@/lib/http/with-route";
import { bindToteBody, waveParams } from "@/lib/validation/waves";
import { bindTote } from "@/lib/waves/bind-tote";

export const POST = withRoute({
  route: "POST /api/waves/[id]/totes",
  params: waveParams,
  body: bindToteBody,
  handler: ({ params, body }) => bindTote({ ...body, waveId: params.id }),
});
