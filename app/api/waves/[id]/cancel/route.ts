import { withRoute } from "@/lib/http/with-route";
import { waveParams } from "@/lib/validation/waves";
import { cancelWave } from "@/lib/waves/cancel-wave";

export const POST = withRoute({
  route: "POST /api/waves/[id]/cancel",
  params: waveParams,
  handler: ({ params }) => cancelWave({ waveId: params.id }),
});
