import { NextResponse, type NextRequest } from "next/server";
import type { Caller } from "@/lib/auth/caller";
import { metrics, routeLabel } from "@/lib/observability/metrics";
import type { Permission, RouteKey, ROUTE_POLICY } from "@/lib/auth/policy";
import {
  ACCESS_KEY,
  accessFor,
  ROUTE_KEY,
  SCHEMAS_KEY,
  type Access,
  type DeclaredHandler,
} from "./access";
import { authorize } from "./authorize";
import { admitWebhookSender, countRefusedDelivery } from "@/lib/webhooks/webhook-refusals";
import { clientIp } from "./client-ip";
import { declaredKeys } from "./declared-keys";
import { assertKnownFields, parseJson, parseWith, type Infer, type Schema } from "./parse-input";
import { errorToResponse } from "./problem";
import { DEFAULT_BODY_LIMIT, readBody, streamBody, WEBHOOK_BODY_LIMIT } from "./read-body";
import { assertSameOrigin, isSafeMethod } from "./same-origin";

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
  /** A `streamedBody` route's body, chunk by chunk as it arrives (empty for the others). */
  bodyStream: AsyncIterable<Uint8Array>;
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
  /**
   * The route reads its body itself as it arrives, up to this many bytes (a file upload too
   * large to hold whole): access, same-origin proof, query and path checks stay the wrapper's.
   */
  streamedBody?: { maxBytes: number };
  handler: (ctx: RouteContext<R, B, Q, P>) => Promise<unknown>;
}

type NextHandler = ((
  req: NextRequest,
  ctx: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>) &
  DeclaredHandler;

const NO_BODY: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} };

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
      const sender = access === "webhook" ? clientIp(req.headers) : null;
      if (sender) await admitWebhookSender(sender);
      const bodyStream =
        spec.streamedBody && !isSafeMethod(req.method)
          ? streamBody(req, spec.streamedBody.maxBytes)
          : NO_BODY;
      const rawBody =
        isSafeMethod(req.method) || spec.streamedBody
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
        await spec.handler({
          req,
          caller: caller as CallerFor<R>,
          body,
          query,
          params,
          rawBody,
          bodyStream,
        }),
      );
      // A webhook handler verifies its sender itself; its 401 counts against the address.
      if (sender && response.status === 401) await countRefusedDelivery(sender);
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
