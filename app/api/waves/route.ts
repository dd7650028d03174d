import { withRoute } from "@/lib/http/with-route";
import { releaseWaveBody } from "@/lib/validation/waves";
import { releaseWave } from "@/lib/waves/release-wave";

export const POST = withRoute({
  route: "POST /api/waves",
  body: releaseWaveBody,
  handler: ({ body, caller }) => releaseWave({ cartId: body.cartId, releasedBy: caller }),
});
