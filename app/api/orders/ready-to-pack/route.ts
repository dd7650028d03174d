import { withRoute } from "@/lib/http/with-route";
import { readyToPackQuery } from "@/lib/validation/packing";
import { listReadyToPack } from "@/lib/warehouse/list-ready-to-pack";

export const GET = withRoute({
  access: { roles: ["PACKER", "OPS", "ADMIN"] },
  query: readyToPackQuery,
  handler: ({ query }) => listReadyToPack(query),
});
