import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { seedMode } from "@/scripts/lib/seed-mode.mjs";
import { demoUsers } from "./accounts";
import { prepareDatabase } from "./prepare-database";

// What `npm start` puts into a database: demo data only into its own private database or when
// asked (--demo); a database given through DATABASE_URL gets its first admin set up, never a
// known password. Against a real PostgreSQL that starts empty; the tests run in order.
const sandboxUrl = "http://127.0.0.1:4010";

async function demoData() {
  return {
    courierAccounts: await db.courierAccount.count(),
    pickupLocations: await db.pickupLocation.count(),
    orders: await db.order.count(),
    demoUsers: await db.user.count({ where: { email: { in: demoUsers.map((u) => u.email) } } }),
    ndrRules: await db.ndrRule.count(),
  };
}
const NONE = { courierAccounts: 0, pickupLocations: 0, orders: 0, demoUsers: 0, ndrRules: 0 };

/** Back to a database without users (the first-admin rows are the only ones that refer to them). */
async function removeUsers() {
  await db.auditLog.deleteMany();
  await db.user.deleteMany();
}

describe("the seed decision", () => {
  it("seeds the demo for the private database or --demo, never for DATABASE_URL alone", () => {
    expect(seedMode({ databaseUrl: undefined, demo: false })).toBe("demo");
    expect(seedMode({ databaseUrl: "postgres://db.internal/packline", demo: false })).toBe(
      "first-admin",
    );
    expect(seedMode({ databaseUrl: "postgres://db.internal/packline", demo: true })).toBe("demo");
  });

  it("gives a database of one's own the admin from the environment, and no demo data", async () => {
    const prepared = await prepareDatabase({
      mode: "first-admin",
      sandboxUrl,
      admin: { email: "Ops.Lead@Shop.Example", password: "correct horse battery" },
    });

    expect(prepared).toEqual({
      mode: "first-admin",
      kind: "admin-created",
      email: "ops.lead@shop.example",
    });
    const users = await db.user.findMany({
      select: { email: true, role: true, passwordHash: true },
    });
    expect(users).toMatchObject([{ email: "ops.lead@shop.example", role: "ADMIN" }]);
    expect(await verifyPassword("correct horse battery", users[0]!.passwordHash)).toBe(true);
    expect(await demoData()).toEqual(NONE);
    expect(await db.setupToken.count()).toBe(0);
  });

  it("refuses an incomplete or weak environment admin with a sentence", async () => {
    await removeUsers();
    await expect(
      prepareDatabase({ mode: "first-admin", sandboxUrl, admin: { email: "a@shop.example" } }),
    ).rejects.toThrow(
      "Set both PACKLINE_ADMIN_EMAIL and PACKLINE_ADMIN_PASSWORD to create the first admin, or neither to get a set-up link.",
    );
    await expect(
      prepareDatabase({
        mode: "first-admin",
        sandboxUrl,
        admin: { email: "a@shop.example", password: "short" },
      }),
    ).rejects.toThrow("PACKLINE_ADMIN_PASSWORD: Use at least 10 characters.");
    expect(await db.user.count()).toBe(0);
  });

  it("without an environment admin, issues a set-up link instead, still with no demo data", async () => {
    const prepared = await prepareDatabase({ mode: "first-admin", sandboxUrl });

    expect(prepared).toMatchObject({ mode: "first-admin", kind: "setup-link" });
    expect(await db.user.count()).toBe(0);
    expect(await db.setupToken.count({ where: { usedAt: null } })).toBe(1);
    expect(await demoData()).toEqual(NONE);
  });

  it("seeds the demo when asked, prints its logins, and is not asked again", async () => {
    const prepared = await prepareDatabase({ mode: "demo", sandboxUrl });

    expect(prepared).toEqual({ mode: "demo", seeded: true, demoLogins: true });
    const seeded = await demoData();
    expect(seeded.demoUsers).toBe(demoUsers.length);
    expect(seeded.courierAccounts).toBeGreaterThan(0);
    expect(seeded.pickupLocations).toBe(1);
    expect(seeded.ndrRules).toBe(1);
    expect(await prepareDatabase({ mode: "demo", sandboxUrl })).toEqual({
      mode: "demo",
      seeded: false,
      demoLogins: true,
    });
    expect(await prepareDatabase({ mode: "first-admin", sandboxUrl })).toEqual({
      mode: "first-admin",
      kind: "has-users",
    });
  });

  it("leaves a database whose users are not the demo's alone, even with --demo", async () => {
    await db.courierAccount.deleteMany();
    await db.pickupLocation.deleteMany();
    await db.$executeRaw`UPDATE "User" SET email = 'staff-' || id || '@shop.example'`;

    expect(await prepareDatabase({ mode: "demo", sandboxUrl })).toEqual({
      mode: "demo",
      seeded: false,
      demoLogins: false,
    });
    expect(await db.courierAccount.count()).toBe(0);
    expect(await db.pickupLocation.count()).toBe(0);
  });
});
