import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/admin/courier-accounts/route";
import * as activeRoute from "@/app/api/admin/courier-accounts/[id]/active/route";
import * as item from "@/app/api/admin/courier-accounts/[id]/route";
import * as testRoute from "@/app/api/admin/courier-accounts/[id]/test/route";
import { db } from "@/lib/db";
import { SANDBOX_PINCODES } from "@/lib/testing/courier-fixtures";
import { startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";

let sandbox: RunningSandbox;
const cookies: Record<"ADMIN" | "OPS", string> = { ADMIN: "", OPS: "" };

beforeAll(async () => {
  sandbox = await startSandbox();
  for (const role of ["ADMIN", "OPS"] as const) {
    const user = await db.user.create({
      data: { email: `${role.toLowerCase()}@api.test`, name: role, role, passwordHash: "x" },
      select: { id: true },
    });
    cookies[role] = await sessionCookie({ id: user.id, role });
  }
});
afterAll(() => sandbox.stop());

function call(method: string, path: string, body?: unknown, role: "ADMIN" | "OPS" = "ADMIN") {
  return pageRequest(path, { method, cookie: cookies[role], body });
}
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const base = "/api/admin/courier-accounts";

const ekart = () => ({
  courier: "EKART",
  name: "Ekart west",
  baseUrl: `${sandbox.url}/ekart`,
  pickupPincode: SANDBOX_PINCODES.pickup,
  pickupLocationName: "",
  dryRun: false,
  priority: 20,
  credentials: EKART_SANDBOX_CREDENTIALS,
  webhookSecret: "ekart-secret-1",
});

describe("/api/admin/courier-accounts", () => {
  it("creates, lists without secrets, edits, tests and deactivates an account", async () => {
    const created = await collection.POST(call("POST", base, ekart()), ctx());
    expect(created.status).toBe(201);
    const account = await created.json();
    expect(account).toMatchObject({
      name: "Ekart west",
      pickupLocationName: null,
      credentialsSet: true,
      webhookSecretSet: true,
    });

    const listed = await collection.GET(call("GET", base), ctx());
    const text = await listed.text();
    expect(JSON.parse(text).items).toHaveLength(1);
    expect(text).not.toMatch(/sandbox-pass|ekart-secret-1|Encrypted/);

    const edited = await item.PATCH(
      call("PATCH", `${base}/${account.id}`, { priority: 3, dryRun: true, credentials: {} }),
      ctx({ id: account.id }),
    );
    expect(edited.status).toBe(422);
    expect(Object.keys((await edited.json()).errors).sort()).toEqual([
      "credentials.clientId",
      "credentials.password",
      "credentials.username",
    ]);
    // Stored credentials never follow the account to another host: type them again.
    const moved = await item.PATCH(
      call("PATCH", `${base}/${account.id}`, { baseUrl: "https://api.elsewhere.example" }),
      ctx({ id: account.id }),
    );
    expect(moved.status).toBe(422);
    expect((await moved.json()).errors["credentials.password"]).toEqual([
      expect.stringContaining("never sent to a new server"),
    ]);
    const saved = await item.PATCH(
      call("PATCH", `${base}/${account.id}`, { priority: 3, dryRun: true, webhookSecret: "" }),
      ctx({ id: account.id }),
    );
    expect(await saved.json()).toMatchObject({ priority: 3, dryRun: true, webhookSecretSet: true });

    const tested = await testRoute.POST(
      call("POST", `${base}/${account.id}/test`),
      ctx({ id: account.id }),
    );
    expect(tested.status).toBe(200);
    expect(await tested.json()).toMatchObject({
      ok: true,
      message: expect.stringContaining("Connected to Ekart"),
    });

    const off = await activeRoute.PUT(
      call("PUT", `${base}/${account.id}/active`, { active: false }),
      ctx({ id: account.id }),
    );
    expect(await off.json()).toMatchObject({ active: false });
  });

  it("answers field errors, a 409 sentence for a taken name, 404 and 403", async () => {
    const bad = await collection.POST(
      call("POST", base, {
        ...ekart(),
        baseUrl: "ftp://ekart.example",
        pickupPincode: "12345",
        credentials: { clientId: "x" },
      }),
      ctx(),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual([
      "baseUrl",
      "credentials.password",
      "credentials.username",
      "pickupPincode",
    ]);

    await collection.POST(call("POST", base, { ...ekart(), name: "Taken" }), ctx());
    const taken = await collection.POST(call("POST", base, { ...ekart(), name: "Taken" }), ctx());
    expect(taken.status).toBe(409);
    const problem = await taken.json();
    expect(problem.detail).toBe(
      'Another Ekart account is already named "Taken". Choose a different name.',
    );
    expect(problem.errors).toHaveProperty("name");

    const missing = await testRoute.POST(call("POST", `${base}/nope/test`), ctx({ id: "nope" }));
    expect(missing.status).toBe(404);

    const ops = await collection.GET(call("GET", base, undefined, "OPS"), ctx());
    expect(ops.status).toBe(403);
  });
});
