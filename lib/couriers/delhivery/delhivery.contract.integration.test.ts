import type { AddressInfo } from "node:net";
import { encryptJson, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { createSandbox } from "@/sandbox/server";
import { DELHIVERY_SANDBOX_TOKEN } from "@/sandbox/couriers/delhivery";
import { runCourierContract } from "../contract";
import { getCourierForAccount } from "../registry";
import type { ShipmentStatus } from "../types";

const WEBHOOK_TOKEN = "delhivery-hook-token-1";

// Canonical target → the sandbox lifecycle step that Delhivery would report for it.
const sandboxStep: Partial<Record<ShipmentStatus, string>> = {
  PICKUP_SCHEDULED: "pickup-scheduled",
  PICKED_UP: "picked-up",
  IN_TRANSIT: "in-transit",
  OUT_FOR_DELIVERY: "out-for-delivery",
  DELIVERED: "delivered",
  NDR: "undelivered",
  RTO_IN_TRANSIT: "rto-in-transit",
  RTO_DELIVERED: "rto-delivered",
};

runCourierContract("Delhivery", async () => {
  const { server } = createSandbox();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const account = await db.courierAccount.create({
    data: {
      courier: "DELHIVERY",
      name: `contract-${Date.now()}`,
      baseUrl: `${origin}/delhivery`,
      credentialsEncrypted: encryptJson({ token: DELHIVERY_SANDBOX_TOKEN, clientName: "PACKLINE" }),
      webhookSecretEncrypted: encryptSecret(WEBHOOK_TOKEN),
      pickupPincode: "122001",
      pickupLocationName: "Primary",
    },
    select: { id: true },
  });
  const control = async (path: string, body: unknown) => {
    const res = await fetch(`${origin}/_control/delhivery/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox control ${path}: ${res.status} ${await res.text()}`);
  };
  return {
    courier: await getCourierForAccount(account.id),
    webhookSecret: WEBHOOK_TOKEN,
    pincodes: { pickup: "122001", serviceable: "530017", unserviceable: "999999" },
    sandbox: {
      setWebhook: ({ url, secret }) => control("webhook", { url, token: secret }),
      advance: (awb, to) => control("advance", { awb, to: sandboxStep[to] }),
    },
    teardown: () => new Promise((resolve) => server.close(() => resolve())),
  };
});
