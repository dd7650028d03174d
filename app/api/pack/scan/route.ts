import { withRoute } from "@/lib/http/with-route";
import { packScanQuery } from "@/lib/validation/box-preset";
import { resolvePackScan } from "@/lib/warehouse/resolve-pack-scan";

export const GET = withRoute({
  route: "GET /api/pack/scan",
  query: packScanQuery,
  handler: ({ query, caller }) => resolvePackScan({ code: query.code, viewer: caller }),
});
