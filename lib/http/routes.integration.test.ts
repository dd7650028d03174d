import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { allows, isPermission, ROUTE_POLICY, type RouteKey } from "@/lib/auth/policy";
import { ROLES, type Role } from "@/lib/auth/roles";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { ACCESS_KEY, ROUTE_KEY, type DeclaredHandler } from "./access";

// Walks every route.ts under app/ and checks each handler against lib/auth/policy.ts: the
// handler names its own method and path, the policy has a rule for it, and every caller gets
// what the policy says (anonymous 401, a role without the permission 403, a role with it in).
const appDir = path.resolve(__dirname, "../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

interface RouteUnderTest {
  file: string;
  /** the path as the folders name it: /api/orders/[id] */
  pattern: string;
  /** a concrete URL path and params for it */
  pathname: string;
  params: Record<string, string | string[]>;
}

function describeRoute(file: string): RouteUnderTest {
  const params: Record<string, string | string[]> = {};
  const segments = path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s));
  const concrete = segments.map((s) => {
    const catchAll = s.match(/^\[\.\.\.(.+)\]$/);
    if (catchAll?.[1]) return ((params[catchAll[1]] = ["session"]), "session");
    const dynamic = s.match(/^\[(.+)\]$/);
    if (dynamic?.[1]) return ((params[dynamic[1]] = "TEST123456"), "TEST123456");
    return s;
  });
  return { file, pattern: `/${segments.join("/")}`, pathname: `/${concrete.join("/")}`, params };
}

const cookies = new Map<Role, string>();

beforeAll(async () => {
  for (const role of ROLES) {
    const user = await db.user.create({
      data: {
        email: `walker-${role.toLowerCase()}@packline.test`,
        name: role,
        role,
        passwordHash: "x",
      },
    });
    cookies.set(role, await sessionCookie({ id: user.id, role }));
  }
});

function request(route: RouteUnderTest, method: string, headers: Record<string, string> = {}) {
  const body = method === "GET" ? undefined : "{}";
  return new NextRequest(new URL(route.pathname, "http://localhost"), {
    method,
    body,
    headers: {
      ...(body ? { "content-type": "application/json", origin: "http://localhost" } : {}),
      ...headers,
    },
  });
}

async function answer(route: RouteUnderTest, handler: Handler, method: string, headers = {}) {
  const res = await handler(request(route, method, headers), {
    params: Promise.resolve(route.params),
  });
  const code = res.headers.get("content-type")?.includes("json")
    ? ((await res.json()) as { code?: string }).code
    : undefined;
  return { status: res.status, code };
}

type Handler = DeclaredHandler & ((...a: unknown[]) => Promise<Response>);

const routes = routeFiles(appDir).map(describeRoute);
const found = new Set<string>();

describe("every route follows lib/auth/policy.ts", () => {
  it("finds the routes", () => expect(routes.length).toBeGreaterThan(40));

  for (const route of routes) {
    it(route.pattern, async () => {
      const mod = (await import(route.file)) as Record<string, Handler>;
      const handlers = METHODS.filter((m) => typeof mod[m] === "function");
      expect(handlers.length, `${route.pattern} exports no handler`).toBeGreaterThan(0);
      for (const method of handlers) {
        const key = `${method} ${route.pattern}`;
        found.add(key);
        const handler = mod[method]!;
        expect(handler[ROUTE_KEY], `${key} must be wrapped in withRoute naming itself`).toBe(key);
        expect(Object.hasOwn(ROUTE_POLICY, key), `${key} has no rule in the policy`).toBe(true);
        const rule = ROUTE_POLICY[key as RouteKey];
        expect(handler[ACCESS_KEY]).toBeDefined();

        if (rule === "metrics") {
          expect((await answer(route, handler, method)).status).toBe(401);
          const wrong = { authorization: "Bearer not-the-metrics-token" };
          expect((await answer(route, handler, method, wrong)).status).toBe(401);
          continue;
        }
        if (rule === "webhook") {
          // Unsigned: the handler's own verification refuses it (Meta's GET handshake answers a
          // missing verify token with 403, as Meta documents; signed POSTs with 401).
          const { status } = await answer(route, handler, method);
          expect([401, 403], `${key} unsigned`).toContain(status);
          continue;
        }
        const anonymous = await answer(route, handler, method);
        if (rule === "public") {
          expect([401, 403], `${key} is public`).not.toContain(anonymous.status);
          continue;
        }
        expect(isPermission(rule)).toBe(true);
        expect(anonymous.status, `${key} anonymous`).toBe(401);
        for (const role of ROLES) {
          const { status, code } = await answer(route, handler, method, {
            cookie: cookies.get(role)!,
          });
          if (allows(rule, role)) {
            expect(status, `${key} as ${role} (allowed)`).not.toBe(401);
            expect(code, `${key} as ${role} (allowed)`).not.toBe("ROLE_NOT_ALLOWED");
            expect(status, `${key} as ${role} (allowed)`).toBeLessThan(500);
          } else {
            expect({ status, code }, `${key} as ${role}`).toEqual({
              status: 403,
              code: "ROLE_NOT_ALLOWED",
            });
          }
        }
      }
    });
  }

  it("has no rule for a route that does not exist", () => {
    const stale = Object.keys(ROUTE_POLICY).filter((key) => !found.has(key));
    expect(stale).toEqual([]);
  });
});
