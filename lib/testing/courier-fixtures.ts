import { sampleShipment } from "@/lib/couriers/contract";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { encryptJson, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import type { CourierCode, OrderStatus } from "@/lib/generated/prisma/enums";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { DELHIVERY_SANDBOX_TOKEN } from "@/sandbox/couriers/delhivery";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import { createRegisteredLocation, registerLocation } from "./registered-location";

// Courier accounts and orders for tests that book with the real adapters against the sandbox:
// each courier's place under the sandbox and the credentials its sandbox accepts live here once.
const SANDBOX_COURIERS: Record<CourierCode, { path: string; credentials: object }> = {
  SHIPROCKET: {
    path: "/shiprocket/v1/external",
    credentials: { email: "api@packline.local", password: "x" },
  },
  DELHIVERY: {
    path: "/delhivery",
    credentials: { token: DELHIVERY_SANDBOX_TOKEN, clientName: "PACKLINE" },
  },
  EKART: { path: "/ekart", credentials: EKART_SANDBOX_CREDENTIALS },
};

/** Pincodes every sandbox courier treats alike: a Gurugram warehouse, a served and an unserved drop. */
export const SANDBOX_PINCODES = {
  pickup: "122001",
  serviceable: "530017",
  unserviceable: "999999",
};

export interface SandboxAccountOptions {
  /** unique per courier */
  name: string;
  /** stored encrypted; absent means the account verifies no webhooks */
  webhookSecret?: string;
  pickupPincode?: string;
  pickupLocationName?: string | null;
}

/**
 * A courier account pointed at the sandbox running at `sandboxUrl`, with encrypted credentials,
 * and (when a default pickup location exists) that location registered with it, as an account
 * that has been booking from the warehouse is.
 */
export async function createSandboxCourierAccount(
  sandboxUrl: string,
  courier: CourierCode,
  options: SandboxAccountOptions,
) {
  const { path, credentials } = SANDBOX_COURIERS[courier];
  const { pickupLocationName = "Primary", webhookSecret } = options;
  const account = await db.courierAccount.create({
    data: {
      courier,
      name: options.name,
      baseUrl: `${sandboxUrl}${path}`,
      credentialsEncrypted: encryptJson(credentials),
      webhookSecretEncrypted: webhookSecret === undefined ? null : encryptSecret(webhookSecret),
      pickupPincode: options.pickupPincode ?? SANDBOX_PINCODES.pickup,
      pickupLocationName,
    },
    select: { id: true, name: true, baseUrl: true },
  });
  const warehouse = await db.pickupLocation.findFirst({
    where: { isDefault: true },
    select: { id: true, name: true },
  });
  if (warehouse) await registerLocation(warehouse, [account.id]);
  return account;
}

const BOOKABLE_PRODUCT = { id: "p1", sku: "SKU-1", title: "Steel bottle" };

/**
 * What booking with the sandbox Shiprocket needs: its account, the warehouse (the default
 * pickup location, registered with that account) and the product packed orders hold.
 */
export async function setUpShiprocketBooking(
  sandboxUrl: string,
  account: Partial<SandboxAccountOptions> = {},
) {
  const created = await createSandboxCourierAccount(sandboxUrl, "SHIPROCKET", {
    name: "Shiprocket test",
    webhookSecret: "token",
    pickupPincode: "560001",
    ...account,
  });
  const location = await createRegisteredLocation([created.id]);
  await db.product.create({
    data: { ...BOOKABLE_PRODUCT, category: "Kitchen", weightGrams: 400 },
  });
  return { account: created, location };
}

/**
 * With setUpShiprocketBooking done: an Ekart account booking from the same warehouse, whose
 * GSTIN the warehouse gets (Ekart books only with the seller's GSTIN).
 */
export async function setUpEkartBooking(sandboxUrl: string) {
  await db.pickupLocation.updateMany({
    where: { isDefault: true },
    data: { gstin: "06AABCP1234C1Z4" },
  });
  const account = await createSandboxCourierAccount(sandboxUrl, "EKART", {
    name: "Ekart test",
    pickupPincode: "560001",
  });
  return account;
}

let sequence = 0;

/** A prepaid order of one bottle to a Mumbai address, PACKED unless told: ready to book. */
export async function createPackedOrder(
  over: { customerPhone?: string; status?: OrderStatus } = {},
) {
  sequence += 1;
  const ref = `${sequence}${Date.now() % 100000}`;
  return db.order.create({
    data: {
      source: "MANUAL",
      externalId: `ext-${ref}`,
      number: `PL-T${ref}`,
      customerName: "Asha Rao",
      customerPhone: over.customerPhone ?? "9123456780",
      addressLine1: "4 MG Road",
      city: "Mumbai",
      state: "Maharashtra",
      pincode: "400001",
      paymentMethod: "PREPAID",
      subtotalPaise: 50_000,
      totalPaise: 50_000,
      status: over.status ?? "PACKED",
      items: {
        create: {
          productId: BOOKABLE_PRODUCT.id,
          sku: BOOKABLE_PRODUCT.sku,
          title: BOOKABLE_PRODUCT.title,
          unitPricePaise: 50_000,
          qtyOrdered: 1,
          orderPlacedAt: new Date(),
        },
      },
    },
    select: { id: true, number: true, version: true },
  });
}

/**
 * An order in `status` holding a BOOKED forward shipment whose AWB the sandbox courier behind
 * the account issued, booked through the real adapter.
 */
export async function createOrderWithBooking(options: {
  courierAccountId: string;
  status: OrderStatus;
}) {
  const courier = await getCourierForAccount(options.courierAccountId);
  const booked = await courier.createShipment(sampleShipment(SANDBOX_PINCODES));
  const order = await createFixtureOrder({ status: options.status });
  await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: options.courierAccountId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb: booked.awb,
      status: "BOOKED",
    },
  });
  return { order, awb: booked.awb };
}
