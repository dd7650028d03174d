import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { clearUserSignInDelay } from "@/lib/users/clear-user-sign-in-delay";
import { signInDelays } from "./login-throttle";
import { hashPassword } from "./password";
import { verifyCredentials } from "./verify-credentials";

// Time is moved by ending a delay's window in the table, never by waiting.
const RIGHT = "right-password";
let adminId = "";

beforeAll(async () => {
  const passwordHash = await hashPassword(RIGHT, 4);
  const emails = [
    "known@throttle.test",
    "twin@throttle.test",
    "reset@throttle.test",
    "admin@throttle.test",
  ];
  const spray = Array.from({ length: 31 }, (_, i) => `spray${i}@throttle.test`);
  await db.user.createMany({
    data: [...emails, ...spray, "race@throttle.test", "victim@throttle.test"].map((email) => ({
      email,
      name: email,
      role: "OPS" as const,
      passwordHash,
    })),
  });
  adminId = (await db.user.findUniqueOrThrow({ where: { email: "admin@throttle.test" } })).id;
});

/** What the person is told: "ok", the refusal sentence, or the delay sentence. */
async function attempt(email: string, password: string, client: string): Promise<string> {
  try {
    await verifyCredentials({ email, password, client });
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

/** Ends the delay now in force on this address+account, as if its time had passed. */
async function endDelay(email: string, client: string) {
  const { count } = await db.rateLimitCounter.updateMany({
    where: { key: `login-delay-client-account:${email} ${client}` },
    data: { expire: BigInt(Date.now() - 1) },
  });
  expect(count).toBe(1);
}

const WRONG = "That email and password do not match.";
const wait = (seconds: number) => `Too many sign-in attempts. Try again in ${seconds} seconds.`;

/** Five free wrong passwords, then a delay that doubles after each admitted attempt. */
async function growingDelay(email: string, client: string): Promise<string[]> {
  const told: string[] = [];
  for (let i = 0; i < 5; i++) told.push(await attempt(email, "wrong", client));
  told.push(await attempt(email, RIGHT, client));
  for (let round = 0; round < 3; round++) {
    await endDelay(email, client);
    told.push(await attempt(email, "wrong", client));
    told.push(await attempt(email, "wrong", client));
  }
  return told;
}

describe("sign-in throttle", () => {
  it("delays after five wrong passwords, doubling, and checks no password meanwhile", async () => {
    const told = await growingDelay("known@throttle.test", "10.1.0.1");
    expect(told).toEqual([
      ...Array(5).fill(WRONG),
      wait(10), // even the right password is not checked during a delay
      WRONG,
      wait(20),
      WRONG,
      wait(40),
      WRONG,
      wait(80),
    ]);
  });

  it("answers an unknown e-mail exactly like a known one", async () => {
    const unknown = await growingDelay("nobody@throttle.test", "10.1.0.2");
    const known = await growingDelay("twin@throttle.test", "10.1.0.3");
    expect(unknown).toEqual(known);
  });

  it("lets a right password from the same address start the count again", async () => {
    const client = "10.1.0.4";
    for (let i = 0; i < 4; i++)
      expect(await attempt("reset@throttle.test", "wrong", client)).toBe(WRONG);
    expect(await attempt("reset@throttle.test", RIGHT, client)).toBe("ok");
    for (let i = 0; i < 5; i++)
      expect(await attempt("reset@throttle.test", "wrong", client)).toBe(WRONG);
    expect(await attempt("reset@throttle.test", RIGHT, client)).toBe(wait(10));
  });

  it("slows one address spraying passwords across many accounts", async () => {
    const client = "10.1.0.5";
    for (let i = 0; i < 30; i++) {
      expect(await attempt(`spray${i}@throttle.test`, "wrong", client)).toBe(WRONG);
    }
    expect(await attempt("spray30@throttle.test", RIGHT, client)).toBe(wait(60));
    expect(await attempt("spray30@throttle.test", RIGHT, "10.1.0.6")).toBe("ok");
  });

  it("lets strangers on other addresses hold an account back for at most a minute", async () => {
    for (let i = 0; i < 40; i++) await attempt("victim@throttle.test", "wrong", `10.2.0.${i}`);
    const told = await attempt("victim@throttle.test", RIGHT, "10.9.9.9");
    const seconds = Number(told.match(/Try again in (\d+) seconds/)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
  });

  it("admits at most the free attempts when many arrive at once", async () => {
    const told = await Promise.all(
      Array.from({ length: 12 }, () => attempt("race@throttle.test", "wrong", "10.1.0.7")),
    );
    const checked = told.filter((t) => t === WRONG).length;
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(5);
    expect(told.filter((t) => t.startsWith("Too many sign-in attempts"))).toHaveLength(
      12 - checked,
    );
  });

  it("lets an admin clear an account's delay, from every address, and records it", async () => {
    const email = "admin@throttle.test";
    for (const client of ["10.3.0.1", "10.3.0.2"]) {
      for (let i = 0; i < 6; i++) await attempt(email, "wrong", client);
    }
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect((await signInDelays([email])).get(email)!.getTime()).toBeGreaterThan(Date.now());

    const row = await clearUserSignInDelay({ userId: user.id, actorId: adminId });
    expect(row.signInDelayedUntil).toBeNull();
    expect(await signInDelays([email])).toEqual(new Map());
    expect(await attempt(email, RIGHT, "10.3.0.1")).toBe("ok");
    expect(await attempt(email, RIGHT, "10.3.0.2")).toBe("ok");
    const audit = await db.auditLog.findMany({
      where: { action: "user.sign_in_delay_cleared", entityId: user.id },
      select: { actorId: true },
    });
    expect(audit).toEqual([{ actorId: adminId }]);
  });
});
