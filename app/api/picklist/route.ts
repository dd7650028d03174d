import { AREAS } from "@/lib/auth/roles";
import { withRoute } from "@/lib/http/with-route";
import { pickListQuery } from "@/lib/validation/picking";
import { listPickList } from "@/lib/warehouse/list-pick-list";

export const GET = withRoute({
  access: { roles: AREAS.pick.roles },
  query: pickListQuery,
  handler: ({ query }) => listPickList(query),
});
