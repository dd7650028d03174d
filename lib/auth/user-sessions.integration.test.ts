import { encode, type JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createStaffUser } from "@/lib/testing/floor-fixtures";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { updateUser } from "@/lib/users/update-user";
import { callerFromRequest, hashApiToken } from "./caller";
import { authOptions } from "./options";
import { hashPassword } from "./password";
import { ENDED_SESSION_KEEP_MS, purgeEndedSessions } from "./purge-ended-sessions";
import type { Role } from "./roles";

// Sessions as next-auth drives them: its jwt callback at sign-in and renewal, its signOut event,
// and the route check (callerFromRequest). Time is moved by writing the session's timestamps.
const jwt = authOptions.callbacks!.jwt! as (params: {
  token: JWT;
  user?: { id: string; role: Role };
}) => Promise<JWT>;
const signOut = authOptions.events!.signOut! as (message: { token: JWT }) => Promise<void>;
let adminId = "";

beforeAll(async () => {
  adminId = (await createStaffUser("ADMIN")).id;
});

async function signIn(role: Role = "OPS") {
  const user = await createStaffUser(role);
  const token = await jwt({ token: { sub: user.id }, user: { id: user.id, role } });
  return { user, token };
}

async function callerWith(token: JWT, headers: Record<string, string> = {}) {
  const cookie = `next-auth.session-token=${await encode({ token, secret: env().NEXTAUTH_SECRET })}`;
  const req = new NextRequest("http://localhost/api/orders", { headers: { cookie, ...headers } });
  return callerFromRequest(req);
}

/** next-auth's GET /api/auth/session: the renewal, or an error that clears the cookie. */
const renews = (token: JWT) =>
  jwt({ token }).then(
    () => true,
    () => false,
  );

describe("server-side sessions", () => {
  it("starts a session at sign-in that every request checks", async () => {
    const { user, token } = await signIn();
    expect(token.sid).toEqual(expect.any(String));
    expect(await callerWith(token)).toMatchObject({ id: user.id, role: "OPS", via: "session" });
    const row = await db.userSession.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 3_600_000);
  });

  it("refuses a cookie from before sessions, or one naming someone else's session", async () => {
    const { user, token } = await signIn();
    expect(await callerWith({ sub: user.id, role: "OPS" })).toBeNull();
    const other = await signIn();
    expect(await callerWith({ ...token, sid: other.token.sid })).toBeNull();
  });

  it("ends at sign-out: the old cookie no longer works or renews", async () => {
    const { token } = await signIn();
    await signOut({ token });
    expect(await callerWith(token)).toBeNull();
    expect(await renews(token)).toBe(false);
  });

  it("ends every session of a deactivated user, and of one whose role changed", async () => {
    const deactivated = await signIn();
    const secondDevice = await jwt({
      token: { sub: deactivated.user.id },
      user: { id: deactivated.user.id, role: "OPS" },
    });
    await updateUser({ userId: deactivated.user.id, input: { active: false }, actorId: adminId });
    expect(await callerWith(deactivated.token)).toBeNull();
    expect(await callerWith(secondDevice)).toBeNull();
    await updateUser({ userId: deactivated.user.id, input: { active: true }, actorId: adminId });
    expect(await callerWith(deactivated.token)).toBeNull();

    const promoted = await signIn("PICKER");
    await updateUser({ userId: promoted.user.id, input: { name: "Renamed" }, actorId: adminId });
    expect(await callerWith(promoted.token)).not.toBeNull();
    await updateUser({ userId: promoted.user.id, input: { role: "OPS" }, actorId: adminId });
    expect(await callerWith(promoted.token)).toBeNull();
  });

  it("ends a user's sessions when an admin resets their password, and only theirs", async () => {
    const target = await signIn();
    const bystander = await signIn();
    await resetUserPassword({
      userId: target.user.id,
      password: "a-brand-new-password",
      actorId: adminId,
    });
    expect(await callerWith(target.token)).toBeNull();
    expect(await callerWith(bystander.token)).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.password_reset", entityId: target.user.id },
      select: { actorId: true, details: true },
    });
    expect(audit).toEqual({ actorId: adminId, details: { sessionsEnded: 1 } });
  });

  it("never outlives its absolute lifetime, however often it was renewed", async () => {
    const { token } = await signIn();
    const sid = token.sid!;
    const hour = 3_600_000;
    for (const hoursAgo of [11, 11.5, 11.9]) {
      // Renewed all along: each renewal re-issues the cookie, the session's end stays put.
      const createdAt = new Date(Date.now() - hoursAgo * hour);
      await db.userSession.update({
        where: { id: sid },
        data: { createdAt, expiresAt: new Date(createdAt.getTime() + 12 * hour) },
      });
      expect(await renews(token)).toBe(true);
      expect(await callerWith(token)).not.toBeNull();
    }
    const createdAt = new Date(Date.now() - 12.01 * hour);
    await db.userSession.update({
      where: { id: sid },
      data: { createdAt, expiresAt: new Date(createdAt.getTime() + 12 * hour) },
    });
    expect(await renews(token)).toBe(false);
    expect(await callerWith(token)).toBeNull();
  });

  it("purges sessions a week after they ended, and keeps the rest", async () => {
    const old = await signIn();
    const recent = await signIn();
    const ended = (ms: number) => new Date(Date.now() - ms);
    await db.userSession.update({
      where: { id: old.token.sid! },
      data: { expiresAt: ended(ENDED_SESSION_KEEP_MS + 60_000) },
    });
    await db.userSession.update({
      where: { id: recent.token.sid! },
      data: { expiresAt: ended(ENDED_SESSION_KEEP_MS - 60_000) },
    });
    expect(await purgeEndedSessions()).toBe(1);
    expect(await db.userSession.findUnique({ where: { id: old.token.sid! } })).toBeNull();
    expect(await db.userSession.findUnique({ where: { id: recent.token.sid! } })).not.toBeNull();
  });

  it("keeps personal API tokens working as before", async () => {
    const user = await createStaffUser("OPS");
    await db.apiToken.create({
      data: { name: "script", userId: user.id, tokenHash: hashApiToken("pl_test_token") },
    });
    const req = new NextRequest("http://localhost/api/orders", {
      headers: { authorization: "Bearer pl_test_token" },
    });
    expect(await callerFromRequest(req)).toMatchObject({ id: user.id, via: "api-token" });
  });

  it("throttles sign-in by the address next-auth hands to authorize", async () => {
    const passwordHash = await hashPassword("right-password", 4);
    await db.user.create({
      data: { email: "door@sessions.test", name: "Door", role: "OPS", passwordHash },
    });
    const { authorize } = (
      authOptions.providers[0] as unknown as {
        options: { authorize: (c: object, req: { headers: object }) => Promise<unknown> };
      }
    ).options;
    const from = (ip: string, password: string) =>
      authorize(
        { email: "Door@Sessions.test", password },
        { headers: { "x-forwarded-for": ip } },
      ).then(
        () => "ok",
        (e: Error) => e.message,
      );
    for (let i = 0; i < 5; i++) await from("10.5.0.1", "wrong");
    expect(await from("10.5.0.1", "right-password")).toBe(
      "Too many sign-in attempts. Try again in 10 seconds.",
    );
    expect(await from("10.5.0.2", "right-password")).toBe("ok");
  });
});
