import { describe, expect, it } from "vitest";
import { encryptJson } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { getToken } from "./token-cache";

describe("token cache across an edit of the account", () => {
  it("re-reads a token remembered for an older version, so another process's edit counts", async () => {
    const { id } = await db.courierAccount.create({
      data: {
        courier: "SHIPROCKET",
        name: "Versioned",
        baseUrl: "http://127.0.0.1:9",
        credentialsEncrypted: encryptJson({ email: "a@b.test", password: "x" }),
        pickupPincode: "122001",
      },
      select: { id: true },
    });
    let logins = 0;
    const login = async () => ({
      token: `token-${++logins}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    expect(await getToken({ id, courier: "SHIPROCKET", version: 1 }, login)).toBe("token-1");
    expect(await getToken({ id, courier: "SHIPROCKET", version: 1 }, login)).toBe("token-1");

    // An edit without new credentials keeps the stored token: the new version reads it back.
    expect(await getToken({ id, courier: "SHIPROCKET", version: 2 }, login)).toBe("token-1");
    expect(logins).toBe(1);

    // New credentials saved elsewhere deleted the stored token; this process still remembers
    // the old one, but for version 2 only.
    await db.courierToken.deleteMany({ where: { courierAccountId: id } });
    expect(await getToken({ id, courier: "SHIPROCKET", version: 3 }, login)).toBe("token-2");
    expect(logins).toBe(2);
  });
});
