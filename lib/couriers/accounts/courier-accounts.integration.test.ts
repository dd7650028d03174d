import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptJson, decryptSecret, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { SANDBOX_PINCODES } from "@/lib/testing/courier-fixtures";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import {
  createCourierAccountSchema,
  type CreateCourierAccountInput,
} from "@/lib/validation/courier-account";
import { DELHIVERY_SANDBOX_TOKEN } from "@/sandbox/couriers/delhivery";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import { createCourierAccount } from "./create-courier-account";
import { listCourierAccounts } from "./list-courier-accounts";
import { setCourierAccountActive } from "./set-courier-account-active";
import { testCourierConnection } from "./test-courier-connection";
import { updateCourierAccount } from "./update-courier-account";

let sandbox: RunningSandbox;
let actorId = "";

beforeAll(async () => {
  sandbox = await startSandbox();
  const admin = await db.user.create({
    data: { email: "admin@couriers.test", name: "Admin", role: "ADMIN", passwordHash: "x" },
    select: { id: true },
  });
  actorId = admin.id;
});
afterAll(() => sandbox.stop());

const input = (over: Record<string, unknown>): CreateCourierAccountInput =>
  createCourierAccountSchema.parse({
    courier: "SHIPROCKET",
    name: "Shiprocket main",
    baseUrl: `${sandbox.url}/shiprocket/v1/external/`,
    pickupPincode: SANDBOX_PINCODES.pickup,
    pickupLocationName: "Primary",
    dryRun: false,
    priority: 10,
    credentials: { email: "ops@shop.test", password: "first-password" },
    webhookSecret: "sr-webhook-token",
    ...over,
  });

const stored = (id: string) =>
  db.courierAccount.findUniqueOrThrow({
    where: { id },
    select: { credentialsEncrypted: true, webhookSecretEncrypted: true },
  });
const tokenRow = (id: string) =>
  db.courierToken.findUnique({ where: { courierAccountId: id }, select: { id: true } });
const shiprocketLogins = async () =>
  (
    (await control(sandbox.url, "/_control/shiprocket/state", undefined, "GET")) as {
      logins: number;
    }
  ).logins;

describe("courier account use cases", () => {
  it("creates an account with encrypted secrets, never returns them, and audits it", async () => {
    const account = await createCourierAccount({ input: input({}), actorId });
    expect(account).toMatchObject({
      courier: "SHIPROCKET",
      baseUrl: `${sandbox.url}/shiprocket/v1/external`,
      credentialsSet: true,
      webhookSecretSet: true,
      active: true,
      breaker: { state: "CLOSED", failures: 0 },
      lastBookedAt: null,
    });
    expect(JSON.stringify(account)).not.toMatch(/first-password|sr-webhook-token/);
    const row = await stored(account.id);
    expect(decryptJson(row.credentialsEncrypted)).toEqual({
      email: "ops@shop.test",
      password: "first-password",
    });
    expect(decryptSecret(row.webhookSecretEncrypted!)).toBe("sr-webhook-token");
    const audit = await db.auditLog.findFirst({
      where: { entityType: "CourierAccount", entityId: account.id },
      select: { action: true, actorId: true, details: true },
    });
    expect(audit).toMatchObject({ action: "courier-account.create", actorId });
    expect(JSON.stringify(audit?.details)).not.toContain("first-password");
  });

  it("refuses a second account of the same courier and name with a 409 sentence", async () => {
    const attempt = createCourierAccount({ input: input({ name: "shiprocket MAIN" }), actorId });
    await expect(attempt).rejects.toMatchObject({
      status: 409,
      message:
        'Another Shiprocket account is already named "shiprocket MAIN". Choose a different name.',
      fieldErrors: { name: [expect.any(String)] },
    });
    const sameNameOtherCourier = await createCourierAccount({
      input: input({
        courier: "DELHIVERY",
        baseUrl: `${sandbox.url}/delhivery`,
        credentials: { token: DELHIVERY_SANDBOX_TOKEN, clientName: "PACKLINE" },
      }),
      actorId,
    });
    expect(sameNameOtherCourier.name).toBe("Shiprocket main");
  });

  it("checks credentials against the courier's own shape", () => {
    const bad = createCourierAccountSchema.safeParse({
      ...input({}),
      courier: "EKART",
      credentials: { username: "u", password: "p" },
      webhookSecret: "x".repeat(31),
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual([
      "credentials.clientId",
      "webhookSecret",
    ]);
  });

  it("keeps secrets unless given; new credentials drop the token and log in afresh", async () => {
    const account = await createCourierAccount({
      input: input({ name: "Rotating", credentials: { email: "a@shop.test", password: "old-pw" } }),
      actorId,
    });
    // A token the old credentials earned, as a booking would have left it.
    await db.courierToken.create({
      data: {
        courierAccountId: account.id,
        tokenEncrypted: encryptSecret("token-of-the-old-credentials"),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const before = await stored(account.id);
    const renamed = await updateCourierAccount({
      accountId: account.id,
      input: { name: "Rotating 2", priority: 5 },
      actorId,
    });
    expect(renamed).toMatchObject({ name: "Rotating 2", priority: 5, credentialsSet: true });
    expect(await stored(account.id)).toEqual(before);
    expect(await tokenRow(account.id)).not.toBeNull();

    // From now on the courier accepts only the new password.
    await control(sandbox.url, "/_control/shiprocket/credentials", {
      email: "a@shop.test",
      password: "new-pw",
    });
    try {
      await updateCourierAccount({
        accountId: account.id,
        input: { credentials: { email: "a@shop.test", password: "new-pw" } },
        actorId,
      });
      expect(await tokenRow(account.id)).toBeNull();
      const logins = await shiprocketLogins();
      const ok = await testCourierConnection({ accountId: account.id });
      expect(ok).toMatchObject({
        ok: true,
        message: `Connected to Shiprocket: pickup pincode ${SANDBOX_PINCODES.pickup} is serviceable.`,
      });
      expect(await shiprocketLogins()).toBe(logins + 1);
      expect(await tokenRow(account.id)).not.toBeNull();

      const wrong = await createCourierAccount({
        input: input({ name: "Wrong", credentials: { email: "a@shop.test", password: "old-pw" } }),
        actorId,
      });
      expect(await testCourierConnection({ accountId: wrong.id })).toMatchObject({
        ok: false,
        message: "Shiprocket refused the credentials: Invalid email and password combination",
      });
    } finally {
      await control(sandbox.url, "/_control/shiprocket/credentials", {});
    }
    const audits = await db.auditLog.findMany({
      where: { entityId: account.id, action: "courier-account.update" },
      select: { details: true },
      orderBy: { createdAt: "asc" },
    });
    expect(
      audits.map((a) => (a.details as { credentialsReplaced: boolean }).credentialsReplaced),
    ).toEqual([false, true]);
  });

  it("validates replaced credentials against the account's courier", async () => {
    const ekart = await createCourierAccount({
      input: input({
        courier: "EKART",
        name: "Ekart",
        baseUrl: `${sandbox.url}/ekart`,
        credentials: EKART_SANDBOX_CREDENTIALS,
      }),
      actorId,
    });
    const attempt = updateCourierAccount({
      accountId: ekart.id,
      input: { credentials: { email: "a@b.test", password: "x" } },
      actorId,
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      status: 422,
      fieldErrors: {
        "credentials.clientId": [expect.any(String)],
        "credentials.username": [expect.any(String)],
      },
    });
    await expect(
      updateCourierAccount({ accountId: "missing", input: { priority: 1 }, actorId }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("tests a dry-run account for real, and names an unreachable or refusing courier", async () => {
    const dry = await createCourierAccount({
      input: input({
        courier: "EKART",
        name: "Ekart dry",
        dryRun: true,
        baseUrl: `${sandbox.url}/ekart`,
        credentials: EKART_SANDBOX_CREDENTIALS,
      }),
      actorId,
    });
    expect(await testCourierConnection({ accountId: dry.id })).toMatchObject({
      ok: true,
      message: `Connected to Ekart: pickup pincode ${SANDBOX_PINCODES.pickup} is serviceable.`,
    });

    const wrongToken = await createCourierAccount({
      input: input({
        courier: "DELHIVERY",
        name: "Delhivery wrong token",
        baseUrl: `${sandbox.url}/delhivery`,
        credentials: { token: "not-the-token-at-all-000", clientName: "PACKLINE" },
      }),
      actorId,
    });
    const refused = await testCourierConnection({ accountId: wrongToken.id });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^Delhivery refused the credentials: /);

    const unreachable = await createCourierAccount({
      input: input({
        courier: "DELHIVERY",
        name: "Nowhere",
        baseUrl: "http://127.0.0.1:9/delhivery",
        credentials: { token: DELHIVERY_SANDBOX_TOKEN, clientName: "PACKLINE" },
      }),
      actorId,
    });
    const down = await testCourierConnection({ accountId: unreachable.id });
    expect(down).toMatchObject({ ok: false });
    expect(down.message).toBe(
      "Delhivery could not be reached at http://127.0.0.1:9/delhivery. Check the base URL, or try again later.",
    );
  });

  it("deactivates and lists accounts with breaker state and last activity", async () => {
    const account = await createCourierAccount({ input: input({ name: "Listed" }), actorId });
    const off = await setCourierAccountActive({ accountId: account.id, active: false, actorId });
    expect(off.active).toBe(false);
    const bookedAt = new Date("2026-11-01T10:00:00Z");
    const order = await db.order.create({
      data: {
        source: "MANUAL",
        externalId: "ext-listed",
        number: "PL-LISTED",
        customerName: "Asha",
        customerPhone: "+919123456780",
        addressLine1: "4 MG Road",
        city: "Mumbai",
        state: "Maharashtra",
        pincode: "400001",
        paymentMethod: "PREPAID",
        subtotalPaise: 1000,
        totalPaise: 1000,
      },
      select: { id: true },
    });
    await db.shipment.create({
      data: {
        orderId: order.id,
        courierAccountId: account.id,
        idempotencyKey: `${order.id}:FORWARD:1`,
        status: "BOOKED",
        bookedAt,
        lastTrackedAt: new Date("2026-11-02T10:00:00Z"),
      },
    });
    await db.circuitBreakerState.create({
      data: { key: `courier:${account.id}`, state: "OPEN", failures: 5, openedAt: bookedAt },
    });
    const { items } = await listCourierAccounts();
    const listed = items.find((a) => a.id === account.id);
    expect(listed).toMatchObject({
      active: false,
      lastBookedAt: bookedAt,
      lastTrackedAt: new Date("2026-11-02T10:00:00Z"),
      breaker: { state: "OPEN", failures: 5, openedAt: bookedAt },
    });
    expect(items.map((a) => a.priority)).toEqual(
      [...items.map((a) => a.priority)].sort((a, b) => a - b),
    );
    expect(JSON.stringify(items)).not.toMatch(/Encrypted|password/);
    const audit = await db.auditLog.count({
      where: { entityId: account.id, action: "courier-account.deactivate" },
    });
    expect(audit).toBe(1);
  });
});
