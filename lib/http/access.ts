import type { Role } from "@/lib/auth/roles";

/**
 * What a route handler declares about who may call it. Every route.ts declares one; a test
 * walks all routes and fails on a missing declaration or on a caller let in by mistake.
 */
export type Access =
  /** signed-in users (session cookie or personal API token) with one of these roles */
  | { roles: readonly Role[] }
  /** anyone: public tracking, health, sign-in */
  | "public"
  /** machines (couriers, payment gateway): the handler verifies the signature or token itself */
  | "webhook"
  /** Prometheus: `Authorization: Bearer $METRICS_TOKEN` */
  | "metrics";

export const ACCESS_KEY = Symbol.for("packline.access");

export interface DeclaredHandler {
  [ACCESS_KEY]?: Access;
}
