import { withRoute } from "@/lib/http/with-route";
import { pageQuery } from "@/lib/http/pagination";
import { listUsers } from "@/lib/users/list-users";

export const GET = withRoute({
  access: { roles: ["ADMIN"] },
  query: pageQuery,
  handler: ({ query }) => listUsers(query),
});
