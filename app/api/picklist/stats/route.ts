import { AREAS } from "@/lib/auth/roles";
import { withRoute } from "@/lib/http/with-route";
import { getPickListStats } from "@/lib/warehouse/get-pick-list-stats";

export const GET = withRoute({
  access: { roles: AREAS.pick.roles },
  handler: ({ caller }) => getPickListStats({ pickerId: caller.id }),
});
