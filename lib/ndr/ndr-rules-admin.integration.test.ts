import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/admin/ndr-rules/route";
import * as item from "@/app/api/admin/ndr-rules/[id]/route";
import { db } from "@/lib/db";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";

const cookies: Record<"ADMIN" | "OPS", string> = { ADMIN: "", OPS: "" };
let adminId = "";

beforeAll(async () => {
  for (const role of ["ADMIN", "OPS"] as const) {
    const user = await db.user.create({
      data: { email: `${role.toLowerCase()}@ndr-rules.test`, name: role, role, passwordHash: "x" },
      select: { id: true },
    });
    if (role === "ADMIN") adminId = user.id;
    cookies[role] = await sessionCookie({ id: user.id, role });
  }
});

function call(method: string, path: string, body?: unknown, role: "ADMIN" | "OPS" = "ADMIN") {
  return pageRequest(path, { method, cookie: cookies[role], body });
}
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const base = "/api/admin/ndr-rules";
const refused = { paymentMethod: "COD", reasonContains: "refused", waitHours: 24, maxAttempts: 2 };

describe("/api/admin/ndr-rules", () => {
  it("adds, lists, edits and deletes a rule, each change in the audit log", async () => {
    const created = await collection.POST(call("POST", base, refused), ctx());
    expect(created.status).toBe(201);
    const rule = await created.json();
    expect(rule.sentence).toBe(
      "COD parcels whose courier reason mentions 'refused': after 24 h without an answer, re-attempt until 2 attempts, then return to origin.",
    );
    const general = await collection.POST(
      call("POST", base, { paymentMethod: "", reasonContains: " ", waitHours: 48, maxAttempts: 3 }),
      ctx(),
    );
    expect(await general.json()).toMatchObject({ paymentMethod: null, reasonContains: null });

    const listed = await (await collection.GET(call("GET", base), ctx())).json();
    // The job's order: the rule naming a reason comes before the catch-all.
    expect(listed.items.map((r: { id: string }) => r.id)[0]).toBe(rule.id);
    expect(listed.items).toHaveLength(2);

    const edited = await item.PUT(
      call("PUT", `${base}/${rule.id}`, { ...refused, waitHours: 12, maxAttempts: 1 }),
      ctx({ id: rule.id }),
    );
    expect(edited.status).toBe(200);
    expect((await edited.json()).sentence).toContain(
      "after 12 h without an answer, return to origin.",
    );
    expect(await db.ndrRule.findUnique({ where: { id: rule.id } })).toMatchObject({
      waitHours: 12,
      maxAttempts: 1,
    });

    const deleted = await item.DELETE(call("DELETE", `${base}/${rule.id}`), ctx({ id: rule.id }));
    expect(deleted.status).toBe(204);
    expect(await db.ndrRule.count({ where: { id: rule.id } })).toBe(0);
    const gone = await item.DELETE(call("DELETE", `${base}/${rule.id}`), ctx({ id: rule.id }));
    expect(gone.status).toBe(404);

    const audit = await db.auditLog.findMany({
      where: { entityType: "NdrRule", entityId: rule.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, details: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "ndr-rule.create",
      "ndr-rule.update",
      "ndr-rule.delete",
    ]);
    expect(audit.every((a) => a.actorId === adminId)).toBe(true);
    expect(audit[1]!.details).toMatchObject({
      before: expect.stringContaining("after 24 h"),
      after: expect.stringContaining("after 12 h"),
    });
  });

  it("answers bad input with a sentence per field and writes nothing", async () => {
    const before = await db.ndrRule.count();
    const audits = await db.auditLog.count({ where: { entityType: "NdrRule" } });
    const bad = await collection.POST(
      call("POST", base, {
        paymentMethod: "UPI",
        reasonContains: "x",
        waitHours: 0,
        maxAttempts: 6,
      }),
      ctx(),
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual({
      paymentMethod: ["Choose COD, Prepaid or any payment method."],
      reasonContains: ["Type at least 2 characters of the courier's reason, or leave it empty."],
      waitHours: ["Wait at least 1 hour for an answer."],
      maxAttempts: ["Allow at most 5 delivery attempts before the return."],
    });
    const tooLong = await collection.POST(
      call("POST", base, { waitHours: 169, maxAttempts: 2.5 }),
      ctx(),
    );
    expect((await tooLong.json()).errors).toEqual({
      waitHours: ["Wait at most 168 hours (a week) for an answer."],
      maxAttempts: ["Enter a whole number of attempts, from 1 to 5."],
    });
    expect(await db.ndrRule.count()).toBe(before);
    expect(await db.auditLog.count({ where: { entityType: "NdrRule" } })).toBe(audits);
  });

  it("refuses a second rule for the same parcels, in any case", async () => {
    const first = await collection.POST(
      call("POST", base, { ...refused, reasonContains: "Door locked" }),
      ctx(),
    );
    expect(first.status).toBe(201);
    const twin = await collection.POST(
      call("POST", base, { ...refused, reasonContains: "door LOCKED", waitHours: 6 }),
      ctx(),
    );
    expect(twin.status).toBe(409);
    expect((await twin.json()).detail).toBe(
      "A rule for COD parcels, reason 'door LOCKED' already exists: edit that one instead.",
    );
    expect(await db.ndrRule.count({ where: { reasonContains: { startsWith: "Door" } } })).toBe(1);
  });

  it("is for admins only: ops can neither read nor change the rules", async () => {
    const rule = await db.ndrRule.create({ data: { waitHours: 10, maxAttempts: 2 } });
    const audits = await db.auditLog.count({ where: { entityType: "NdrRule" } });
    expect((await collection.GET(call("GET", base, undefined, "OPS"), ctx())).status).toBe(403);
    expect((await collection.POST(call("POST", base, refused, "OPS"), ctx())).status).toBe(403);
    const put = await item.PUT(
      call("PUT", `${base}/${rule.id}`, { ...refused, reasonContains: "ops" }, "OPS"),
      ctx({ id: rule.id }),
    );
    expect(put.status).toBe(403);
    const del = await item.DELETE(
      call("DELETE", `${base}/${rule.id}`, undefined, "OPS"),
      ctx({ id: rule.id }),
    );
    expect(del.status).toBe(403);
    expect(await db.ndrRule.findUnique({ where: { id: rule.id } })).toMatchObject({
      waitHours: 10,
    });
    expect(await db.auditLog.count({ where: { entityType: "NdrRule" } })).toBe(audits);
  });
});
