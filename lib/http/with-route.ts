import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import type { Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors/app-error";
import { metrics, routeLabel } from "@/lib/observability/metrics";
import type { Permission, RouteKey, ROUTE_POLICY } from "@/lib/auth/policy";
import { findInvalidText } from "@/lib/validation/clean-text";
import {
  ACCESS_KEY,
  accessFor,
  ROUTE_KEY,
  SCHEMAS_KEY,
  type Access,
  type DeclaredHandler,
} from "./access";
import { authorize } from "./authorize";
import { declaredKeys } from "./declared-keys";
import { errorToResponse, zodFieldErrors } from "./problem";
import { DEFAULT_BODY_LIMIT, readBody, WEBHOOK_BODY_LIMIT } from "./read-body";
import { assertSameOrigin, isSafeMethod } from "./same-origin";

type Schema = z.ZodType | undefined;
type Infer<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;
type CallerFor<R extends RouteKey> = (typeof ROUTE_POLICY)[R] extends Permission
  ? Caller
  : Caller | null;

export interface RouteContext<
  R extends RouteKey,
  B extends Schema,
  Q extends Schema,
  P extends Schema,
> {
  req: NextRequest;
  caller: CallerFor<R>;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
  /** The body exactly as received; webhooks verify signatures over it. */
  rawBody: string;
}

export interface RouteSpec<
  R extends RouteKey,
  B extends Schema,
  Q extends Schema,
  P extends Schema,
> {
  /** this handler's method and path; lib/auth/policy.ts says who may call it */
  route: R;
  body?: B;
  query?: Q;
  params?: P;
  /** the most this route reads; default 64 KB, 256 KB for webhooks (lib/http/read-body.ts) */
  maxBodyBytes?: number;
  handler: (ctx: RouteContext<R, B, Q, P>) => Promise<unknown>;
}

type NextHandler = ((
  req: NextRequest,
  ctx: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>) &
  DeclaredHandler;

function parseWith<S extends Schema>(schema: S, value: unknown, where: string): Infer<S> {
  const invalid = findInvalidText(value);
  if (invalid !== null) {
    throw new AppError(
      "BAD_REQUEST",
      `The ${where} contains a NUL character or broken Unicode text, which Packline cannot accept.`,
      { fieldErrors: { [invalid || "_"]: ["Remove the invalid character."] } },
    );
  }
  if (!schema) return undefined as Infer<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("VALIDATION", `The ${where} has invalid fields.`, {
      fieldErrors: zodFieldErrors(parsed.error),
    });
  }
  return parsed.data as Infer<S>;
}

function parseJson(raw: string, req: NextRequest): unknown {
  if (raw.trim() === "") return undefined;
  // A JSON API refuses other content types: that also keeps cross-site "simple" requests
  // (text/plain, forms) from ever reaching a handler.
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !type.endsWith("+json")) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the request body as JSON, with Content-Type: application/json.",
    );
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

/**
 * A field the route does not know is refused rather than silently dropped: a typo ("nots" for
 * "note") or a field sent to the wrong address then gets a sentence, not a success that ignored it.
 */
function assertKnownFields(value: unknown, known: Set<string> | null): void {
  if (!known || typeof value !== "object" || value === null || Array.isArray(value)) return;
  const unknown = Object.keys(value).filter((key) => !known.has(key));
  if (unknown.length === 0) return;
  throw new AppError("VALIDATION", `The request body has fields this address does not take.`, {
    fieldErrors: Object.fromEntries(unknown.slice(0, 10).map((k) => [k, ["Unknown field."]])),
  });
}

function toResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new NextResponse(null, { status: 204 });
  return NextResponse.json(result);
}

function bodyLimit(access: Access, maxBodyBytes: number | undefined): number {
  return maxBodyBytes ?? (access === "webhook" ? WEBHOOK_BODY_LIMIT : DEFAULT_BODY_LIMIT);
}

/** Machines authenticate themselves; a browser's session cookie needs same-origin proof. */
function needsSameOrigin(access: Access, caller: Caller | null, method: string): boolean {
  if (isSafeMethod(method) || access === "webhook" || access === "metrics") return false;
  return caller ? caller.via === "session" : true;
}

/**
 * The one wrapper every route handler goes through: access, same-origin proof for browser
 * mutations, body size, clean text, validation, errors and metrics, in that order.
 */
export function withRoute<
  R extends RouteKey,
  B extends Schema = undefined,
  Q extends Schema = undefined,
  P extends Schema = undefined,
>(spec: RouteSpec<R, B, Q, P>): NextHandler {
  const access = accessFor(spec.route);
  let bodyKeys: Set<string> | null | undefined;
  const handler: NextHandler = async (req, routeCtx) => {
    const started = performance.now();
    let response: Response;
    try {
      const caller = await authorize(access, req);
      if (needsSameOrigin(access, caller, req.method)) assertSameOrigin(req);
      const rawBody = isSafeMethod(req.method)
        ? ""
        : await readBody(req, bodyLimit(access, spec.maxBodyBytes), {
            allowNul: access === "webhook",
          });
      const query = parseWith(
        spec.query,
        Object.fromEntries(req.nextUrl.searchParams),
        "query",
      ) as Infer<Q>;
      const params = parseWith(spec.params, await routeCtx.params, "path") as Infer<P>;
      let body = undefined as Infer<B>;
      if (spec.body) {
        const json = parseJson(rawBody, req);
        assertKnownFields(json, (bodyKeys ??= declaredKeys(spec.body)));
        body = parseWith(spec.body, json, "request body");
      }
      response = toResponse(
        await spec.handler({ req, caller: caller as CallerFor<R>, body, query, params, rawBody }),
      );
    } catch (error) {
      response = errorToResponse(error, { method: req.method, path: req.nextUrl.pathname });
    }
    metrics()
      .httpDuration.labels(req.method, routeLabel(req.nextUrl.pathname), String(response.status))
      .observe((performance.now() - started) / 1000);
    return response;
  };
  handler[ACCESS_KEY] = access;
  handler[ROUTE_KEY] = spec.route;
  handler[SCHEMAS_KEY] = { body: spec.body, query: spec.query, params: spec.params };
  return handler;
}
