import {
  PERMISSIONS,
  ROUTE_POLICY,
  type MachineAccess,
  type Permission,
  type RouteKey,
} from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/roles";
import type { ZodType } from "zod";

/**
 * Who may call a route, as lib/auth/policy.ts says for its key: signed-in users (session
 * cookie or personal API token) whose role has the permission, or a machine kind of access.
 */
export type Access = { permission: Permission; roles: readonly Role[] } | MachineAccess;

export function accessFor(route: RouteKey): Access {
  const rule: Permission | MachineAccess = ROUTE_POLICY[route];
  return rule === "public" || rule === "webhook" || rule === "metrics"
    ? rule
    : { permission: rule, roles: PERMISSIONS[rule] };
}

export const ACCESS_KEY = Symbol.for("packline.access");
export const ROUTE_KEY = Symbol.for("packline.route");
export const SCHEMAS_KEY = Symbol.for("packline.schemas");

/**
 * What withRoute leaves on a handler, so the route tests can check it against the policy and
 * aim hostile input at the fields it declares.
 */
export interface DeclaredHandler {
  [ACCESS_KEY]?: Access;
  [ROUTE_KEY]?: RouteKey;
  [SCHEMAS_KEY]?: { body?: ZodType; query?: ZodType; params?: ZodType };
}
