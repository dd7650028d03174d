import { describe, expect, it } from "vitest";
import { POST as postSetup } from "@/app/api/setup/route";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { NextRequest } from "next/server";
import { ALREADY_SET_UP, createFirstAdmin, SETUP_LINK_DEAD } from "./create-first-admin";
import { findSetupLink } from "./find-setup-link";
import { prepareFirstAdmin } from "./prepare-first-admin";
import { hashSetupToken, newSetupToken } from "./setup-token";

// The first admin of a database without users, through the one-time set-up link, against a
// real PostgreSQL that starts with no users. The tests run in order on one database.
const admin = { email: "owner@shop.example", name: "Asha Owner", password: "a long passphrase" };

async function issueLink(): Promise<string> {
  const prepared = await prepareFirstAdmin();
  if (prepared.kind !== "setup-link")
    throw new Error(`expected a set-up link, got ${prepared.kind}`);
  return prepared.token;
}

function setupRequest(body: unknown) {
  return postSetup(
    new NextRequest("http://localhost/api/setup", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
}

describe("the first admin's set-up link", () => {
  it("is stored only as a hash, and refused once it has expired", async () => {
    const token = await issueLink();
    const [row] = await db.setupToken.findMany({ select: { tokenHash: true, usedAt: true } });
    expect(row).toEqual({ tokenHash: hashSetupToken(token), usedAt: null });
    expect(JSON.stringify(await db.setupToken.findMany())).not.toContain(token);
    expect(await findSetupLink(token)).toBe("live");

    await db.setupToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await findSetupLink(token)).toBe("dead");
    await expect(createFirstAdmin({ token, ...admin })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: SETUP_LINK_DEAD,
    });
    expect(await db.user.count()).toBe(0);
  });

  it("works once: the form's rules apply, then it creates the admin, then it is spent", async () => {
    const earlier = await issueLink();
    const token = await issueLink();
    expect(await findSetupLink(earlier)).toBe("dead"); // a new start's link replaces the last

    const weak = await setupRequest({ token, ...admin, password: "short" });
    expect(weak.status).toBe(422);
    expect(JSON.stringify(await weak.json())).toContain("Use at least 10 characters");
    expect(await findSetupLink(token)).toBe("live");

    const res = await setupRequest({ token, ...admin, email: " Owner@Shop.Example " });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ email: admin.email });
    const users = await db.user.findMany({
      select: { email: true, name: true, role: true, passwordHash: true },
    });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: admin.email, name: admin.name, role: "ADMIN" });
    expect(await verifyPassword(admin.password, users[0]!.passwordHash)).toBe(true);

    const again = await setupRequest({ token, ...admin, email: "second@shop.example" });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { detail: string }).detail).toBe(SETUP_LINK_DEAD);
    expect(await db.user.count()).toBe(1);
    expect(await findSetupLink(token)).toBe("has-users");
  });

  it("is refused once a user exists, even while it is live, and none is issued any more", async () => {
    // A link another process issued before the first user was created.
    const token = newSetupToken();
    await db.setupToken.create({
      data: { tokenHash: hashSetupToken(token), expiresAt: new Date(Date.now() + 3_600_000) },
    });

    await expect(
      createFirstAdmin({ token, ...admin, email: "late@shop.example" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: ALREADY_SET_UP });
    expect(await prepareFirstAdmin()).toEqual({ kind: "has-users" });
    expect(
      await prepareFirstAdmin({ email: "env@shop.example", password: "another long one" }),
    ).toEqual({ kind: "has-users" });
    expect(await db.user.count()).toBe(1);
    expect(await db.setupToken.count({ where: { usedAt: null } })).toBe(1);
  });
});
