import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ROLES, type Role } from "@/lib/auth/roles";
import { sessionToken } from "@/lib/testing/session-cookie";
import { ACCESS_KEY, type DeclaredHandler } from "./access";

// Walks every route.ts under app/ and checks that each handler declares its access and that
// callers outside it are refused before any work is done.
const appDir = path.resolve(__dirname, "../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

function urlPath(file: string): { pathname: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const segments = path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => {
      const catchAll = s.match(/^\[\.\.\.(.+)\]$/);
      if (catchAll?.[1]) return ((params[catchAll[1]] = ["session"]), "session");
      const dynamic = s.match(/^\[(.+)\]$/);
      if (dynamic?.[1]) return ((params[dynamic[1]] = "TEST123456"), "TEST123456");
      return s;
    });
  return { pathname: `/${segments.join("/")}`, params };
}

const tokens = new Map<Role, string>();

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
    tokens.set(role, await sessionToken({ id: user.id, role }));
  }
});

function request(pathname: string, method: string, headers: Record<string, string> = {}) {
  return new NextRequest(new URL(pathname, "http://localhost"), { method, headers });
}

const files = routeFiles(appDir);

describe("every route declares access and enforces it", () => {
  it("finds the routes", () => expect(files.length).toBeGreaterThan(3));

  for (const file of files) {
    const { pathname, params } = urlPath(file);
    it(pathname, async () => {
      const mod = (await import(file)) as Record<
        string,
        DeclaredHandler & ((...a: unknown[]) => Promise<Response>)
      >;
      const handlers = METHODS.filter((m) => typeof mod[m] === "function");
      expect(handlers.length, `${pathname} exports no handler`).toBeGreaterThan(0);
      for (const method of handlers) {
        const handler = mod[method]!;
        const access = handler[ACCESS_KEY];
        expect(
          access,
          `${method} ${pathname} declares no access (wrap it in withRoute)`,
        ).toBeDefined();
        const ctx = { params: Promise.resolve(params) };
        if (access === "metrics") {
          expect((await handler(request(pathname, method), ctx)).status).toBe(401);
          const wrong = request(pathname, method, {
            authorization: "Bearer not-the-metrics-token",
          });
          expect((await handler(wrong, ctx)).status).toBe(401);
        }
        if (typeof access !== "object") continue;
        expect(
          (await handler(request(pathname, method), ctx)).status,
          `${method} ${pathname} anonymous`,
        ).toBe(401);
        for (const role of ROLES) {
          const cookie = `next-auth.session-token=${tokens.get(role)}`;
          const status = (await handler(request(pathname, method, { cookie }), ctx)).status;
          if (!access.roles.includes(role))
            expect(status, `${method} ${pathname} as ${role}`).toBe(403);
          else if (method === "GET")
            expect([401, 403], `${method} ${pathname} as ${role}`).not.toContain(status);
        }
      }
    });
  }
});
