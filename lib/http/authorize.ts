import { timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { callerFromRequest, type Caller } from "@/lib/auth/caller";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { Access } from "./access";

function metricsTokenMatches(req: NextRequest): boolean {
  const expected = env().METRICS_TOKEN;
  const given = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!expected || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** Who is calling, checked against the route's access: 401 for nobody, 403 for the wrong role. */
export async function authorize(access: Access, req: NextRequest): Promise<Caller | null> {
  if (access === "public" || access === "webhook") return null;
  if (access === "metrics") {
    if (!metricsTokenMatches(req))
      throw new AppError("UNAUTHENTICATED", "A valid metrics token is required.");
    return null;
  }
  const caller = await callerFromRequest(req);
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!access.roles.includes(caller.role)) {
    throw new AppError(
      "ROLE_NOT_ALLOWED",
      `Your role (${caller.role.toLowerCase()}) may not do this.`,
    );
  }
  return caller;
}
