import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "./password";
import { verifyCredentials } from "./verify-credentials";

describe("verifyCredentials", () => {
  beforeAll(async () => {
    const passwordHash = await hashPassword("right-password", 4);
    await db.user.createMany({
      data: [
        { email: "packer@lock.test", name: "Packer", role: "PACKER", passwordHash },
        { email: "gone@lock.test", name: "Gone", role: "OPS", passwordHash, active: false },
        { email: "race@lock.test", name: "Race", role: "OPS", passwordHash },
      ],
    });
  });

  it("signs in with the right password, any email case", async () => {
    const user = await verifyCredentials({
      email: " Packer@Lock.test ",
      password: "right-password",
    });
    expect(user).toMatchObject({ email: "packer@lock.test", role: "PACKER" });
  });

  it("locks the account at the fifth wrong password, even for the right one", async () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(
        verifyCredentials({ email: "packer@lock.test", password: "nope" }),
      ).rejects.toThrow(/do not match/);
    }
    await expect(
      verifyCredentials({ email: "packer@lock.test", password: "nope" }),
    ).rejects.toThrow(/locked for 15 more minutes/);
    await expect(
      verifyCredentials({ email: "packer@lock.test", password: "right-password" }),
    ).rejects.toThrow(/locked/);
  });

  it("counts concurrent wrong passwords without losing any", async () => {
    await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        verifyCredentials({ email: "race@lock.test", password: "x" }),
      ),
    );
    const user = await db.user.findUniqueOrThrow({ where: { email: "race@lock.test" } });
    // Attempts that arrive after the lock are refused before counting; none may be lost before it.
    expect(user.failedLoginAttempts).toBeGreaterThanOrEqual(5);
    expect(user.lockedUntil).not.toBeNull();
  });

  it("gives the same answer for unknown and deactivated users", async () => {
    await expect(verifyCredentials({ email: "nobody@lock.test", password: "x" })).rejects.toThrow(
      /do not match/,
    );
    await expect(
      verifyCredentials({ email: "gone@lock.test", password: "right-password" }),
    ).rejects.toThrow(/do not match/);
  });
});
