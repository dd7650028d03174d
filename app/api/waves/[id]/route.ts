import { withRoute } from "@/lib/http/with-route";
import { waveParams } from "@/lib/validation/waves";
import { getWave } from "@/lib/waves/get-wave";

export const GET = withRoute({
  route: "GET /api/waves/[id]",
  params: waveParams,
  handler: ({ params }) => getWave(params.id),
});
