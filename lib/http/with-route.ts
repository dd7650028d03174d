import { timingSafeEqual } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { callerFromRequest, type Caller } from "@/lib/auth/caller";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { metrics, routeLabel } from "@/lib/observability/metrics";
import { ACCESS_KEY, type Access, type DeclaredHandler } from "./access";
import { errorToResponse, zodFieldErrors } from "./problem";

type Schema = z.ZodType | undefined;
type Infer<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;
type CallerFor<A extends Access> = A extends { roles: readonly unknown[] } ? Caller : Caller | null;

export interface RouteContext<
  A extends Access,
  B extends Schema,
  Q extends Schema,
  P extends Schema,
> {
  req: NextRequest;
  caller: CallerFor<A>;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
  /** The body exactly as received; webhooks verify signatures over it. */
  rawBody: string;
}

export interface RouteSpec<A extends Access, B extends Schema, Q extends Schema, P extends Schema> {
  access: A;
  body?: B;
  query?: Q;
  params?: P;
  handler: (ctx: RouteContext<A, B, Q, P>) => Promise<unknown>;
}

type NextHandler = ((
  req: NextRequest,
  ctx: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>) &
  DeclaredHandler;

function parseWith<S extends Schema>(schema: S, value: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("VALIDATION", `The ${where} has invalid fields.`, {
      fieldErrors: zodFieldErrors(parsed.error),
    });
  }
  return parsed.data as Infer<S>;
}

function metricsTokenMatches(req: NextRequest): boolean {
  const expected = env().METRICS_TOKEN;
  const given = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!expected || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

async function authorize(access: Access, req: NextRequest): Promise<Caller | null> {
  if (access === "public" || access === "webhook") return null;
  if (access === "metrics") {
    if (!metricsTokenMatches(req))
      throw new AppError("UNAUTHENTICATED", "A valid metrics token is required.");
    return null;
  }
  const caller = await callerFromRequest(req);
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!access.roles.includes(caller.role)) {
    throw new AppError("FORBIDDEN", `Your role (${caller.role.toLowerCase()}) may not do this.`);
  }
  return caller;
}

function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

function toResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new NextResponse(null, { status: 204 });
  return NextResponse.json(result);
}

/** The one wrapper every route handler goes through: access, validation, errors, metrics. */
export function withRoute<
  A extends Access,
  B extends Schema = undefined,
  Q extends Schema = undefined,
  P extends Schema = undefined,
>(spec: RouteSpec<A, B, Q, P>): NextHandler {
  const handler: NextHandler = async (req, routeCtx) => {
    const started = performance.now();
    let response: Response;
    try {
      const caller = await authorize(spec.access, req);
      const rawBody = req.method === "GET" || req.method === "HEAD" ? "" : await req.text();
      const query = parseWith(
        spec.query,
        Object.fromEntries(req.nextUrl.searchParams),
        "query",
      ) as Infer<Q>;
      const params = parseWith(spec.params, await routeCtx.params, "path") as Infer<P>;
      const body = spec.body
        ? parseWith(spec.body, parseJson(rawBody), "request body")
        : (undefined as Infer<B>);
      response = toResponse(
        await spec.handler({ req, caller: caller as CallerFor<A>, body, query, params, rawBody }),
      );
    } catch (error) {
      response = errorToResponse(error, { method: req.method, path: req.nextUrl.pathname });
    }
    metrics()
      .httpDuration.labels(req.method, routeLabel(req.nextUrl.pathname), String(response.status))
      .observe((performance.now() - started) / 1000);
    return response;
  };
  handler[ACCESS_KEY] = spec.access;
  return handler;
}
