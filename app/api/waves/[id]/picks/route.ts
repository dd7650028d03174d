import { withRoute } from "@/lib/http/with-route";
import { pickToToteBody, waveParams } from "@/lib/validation/waves";
import { pickToTote } from "@/lib/waves/pick-to-tote";

export const POST = withRoute({
  route: "POST /api/waves/[id]/picks",
  params: waveParams,
  body: pickToToteBody,
  handler: ({ params, body, caller }) => pickToTote({ ...body, waveId: params.id, picker: caller }),
});
