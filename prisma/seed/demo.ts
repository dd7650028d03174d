import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { encryptJson, encryptSecret } from "../../lib/crypto/secrets";
import { demoBoxPresets } from "./box-presets";
import { catalog } from "./catalog";
import {
  demoCourierAccounts,
  demoNdrRules,
  demoPickupLocation,
  demoRegistrationAnswer,
  demoUsers,
  demoWhatsApp,
  featureFlags,
} from "./accounts";
import { withPrintedLabels } from "./labels";
import { buildCodConfirmationOrders } from "./cod-confirmation-orders";
import { buildDockOrders } from "./dock-orders";
import { seedFreightOrders } from "./freight-orders";
import { buildDemoOrders } from "./orders";
import { readyForPackStation } from "./pack-station-orders";
import { seedRemittanceParcels } from "./remittance-parcels-seed";
import { rng } from "./random";
import { buildRiskHistory, insertRiskHistory } from "./risk-history";
import { scoreUnscoredOrders } from "../../lib/risk/score-unscored-orders";

/**
 * Seeds the demo once. On a database that has users it only repairs an earlier demo (see
 * repairDemo), and leaves any other database alone. Returns whether it seeded.
 */
export async function seedDemo(
  db: PrismaClient,
  options: { sandboxUrl: string },
): Promise<boolean> {
  if ((await db.user.count()) > 0) {
    const demoAdmin = demoUsers.find((u) => u.role === "ADMIN")!;
    if (await db.user.count({ where: { email: demoAdmin.email } }))
      await repairDemo(db, options.sandboxUrl);
    return false;
  }
  const r = rng(20261122);
  const users = await Promise.all(
    demoUsers.map(async (u) => ({
      id: randomUUID(),
      email: u.email,
      name: u.name,
      role: u.role,
      passwordHash: await hashPassword(u.password, 10),
    })),
  );
  const products = catalog.map((p) => ({ id: randomUUID(), ...p }));
  const accounts = demoCourierAccounts(options.sandboxUrl).map((a) => ({
    id: randomUUID(),
    courier: a.courier,
    name: a.name,
    baseUrl: a.baseUrl,
    pickupPincode: "560034",
    pickupLocationName: "Packline Demo Warehouse",
    credentialsEncrypted: encryptJson(a.credentials),
    webhookSecretEncrypted: encryptSecret(a.webhookSecret),
  }));
  const demo = buildDemoOrders(r, products, accounts);
  readyForPackStation(demo);
  const shipments = await withPrintedLabels(demo.shipments, demo.orders, accounts);
  const dock = buildDockOrders(products[0]!);
  // its own generator, so the blocks above draw the same numbers as before it existed
  const riskHistory = buildRiskHistory(rng(20261206), products, accounts);
  const codConfirmation = buildCodConfirmationOrders(products[1]!);
  await db.$transaction(
    async (tx) => {
      await tx.user.createMany({ data: users });
      await tx.product.createMany({ data: products });
      await tx.courierAccount.createMany({ data: accounts });
      await tx.order.createMany({ data: demo.orders });
      await tx.orderItem.createMany({ data: demo.items });
      await tx.orderStatusHistory.createMany({ data: demo.history });
      await tx.order.createMany({ data: dock.orders });
      await tx.orderItem.createMany({ data: dock.items });
      await tx.orderStatusHistory.createMany({ data: dock.history });
      await tx.order.createMany({ data: codConfirmation.orders });
      await tx.orderItem.createMany({ data: codConfirmation.items });
      await tx.orderStatusHistory.createMany({ data: codConfirmation.history });
      await tx.codConfirmationEvent.createMany({ data: codConfirmation.events });
      await tx.shipment.createMany({ data: shipments });
      await tx.trackingEvent.createMany({ data: demo.events });
      await insertRiskHistory(tx, riskHistory);
      await tx.stockException.createMany({ data: demo.exceptions });
      await tx.stockExceptionItem.createMany({ data: demo.exceptionItems });
      await tx.featureFlag.createMany({ data: featureFlags });
      await tx.ndrRule.createMany({ data: demoNdrRules });
      await tx.boxPreset.createMany({ data: demoBoxPresets });
      await seedFreightOrders(tx, products[0]!, accounts);
      await seedPickupLocation(tx, accounts);
      await seedRemittanceParcels(tx);
      await tx.setting.create({ data: whatsappSetting(options.sandboxUrl) });
      await tx.orderSourceConfig.create({
        data: {
          name: "Demo store (sandbox)",
          baseUrl: `${options.sandboxUrl}/store`,
          apiKeyEncrypted: encryptSecret("sandbox-store-key"),
          enabled: false,
        },
      });
    },
    { timeout: 60_000 },
  );
  // Seeded rows bypass the import, so their RTO risk is scored here, each as of its placing.
  await scoreUnscoredOrders();
  return true;
}

/**
 * Brings a demo database seeded by an earlier version up to date, without touching anything an
 * admin set: the pickup location, the sandbox WhatsApp account and box sizes if none exist, and the sandbox Shiprocket account's base URL,
 * which once lacked the API path (/v1/external) the adapter expects.
 */
async function repairDemo(db: PrismaClient, sandboxUrl: string): Promise<void> {
  const whatsapp = whatsappSetting(sandboxUrl);
  await db.setting.upsert({ where: { key: whatsapp.key }, create: whatsapp, update: {} });
  // box sizes came after the first demos; an admin's own sizes are left alone
  if ((await db.boxPreset.count()) === 0) await db.boxPreset.createMany({ data: demoBoxPresets });
  if ((await db.pickupLocation.count()) === 0)
    await db.$transaction(async (tx) =>
      seedPickupLocation(tx, await tx.courierAccount.findMany({ select: { id: true } })),
    );
  await db.$transaction((tx) => seedRemittanceParcels(tx));
  const accounts = await db.courierAccount.findMany({
    where: {
      courier: "SHIPROCKET",
      name: "Shiprocket (sandbox)",
      baseUrl: { endsWith: "/shiprocket" },
    },
    select: { id: true, baseUrl: true },
  });
  for (const a of accounts)
    await db.courierAccount.update({
      where: { id: a.id },
      data: { baseUrl: `${a.baseUrl}/v1/external` },
    });
  // a demo seeded before RTO risk scoring existed gets its orders scored
  await scoreUnscoredOrders();
}

/** The default pickup location, registered with every demo courier account under its name. */
async function seedPickupLocation(
  tx: Prisma.TransactionClient,
  accounts: { id: string }[],
): Promise<void> {
  const location = await tx.pickupLocation.create({
    data: demoPickupLocation,
    select: { id: true, name: true },
  });
  await tx.pickupLocationRegistration.createMany({
    data: accounts.map((a) => ({
      pickupLocationId: location.id,
      courierAccountId: a.id,
      status: "REGISTERED" as const,
      courierLocationName: location.name,
      answer: demoRegistrationAnswer,
      answeredAt: new Date(),
    })),
  });
}

/** The setting lib/notify/whatsapp/whatsapp-settings.ts reads, for the sandbox's Cloud API. */
function whatsappSetting(sandboxUrl: string) {
  const w = demoWhatsApp(sandboxUrl);
  const value = {
    baseUrl: w.baseUrl,
    apiVersion: w.apiVersion,
    phoneNumberId: w.phoneNumberId,
    accessTokenEncrypted: encryptSecret(w.accessToken),
    appSecretEncrypted: encryptSecret(w.appSecret),
    verifyTokenEncrypted: encryptSecret(w.verifyToken),
  };
  return { key: "notify.whatsapp", value, secret: true };
}
