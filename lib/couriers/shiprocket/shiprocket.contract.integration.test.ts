import type { AddressInfo } from "node:net";
import { encryptJson, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { createSandbox } from "@/sandbox/server";
import { runCourierContract } from "../contract";
import { getCourierForAccount } from "../registry";
import type { ShipmentStatus } from "../types";

const WEBHOOK_TOKEN = "shiprocket-hook-token-1";

// Canonical target → the Shiprocket shipment status code the sandbox steps to.
const sandboxCode: Partial<Record<ShipmentStatus, number>> = {
  PICKED_UP: 42,
  IN_TRANSIT: 18,
  OUT_FOR_DELIVERY: 17,
  DELIVERED: 7,
  NDR: 21,
  RTO_INITIATED: 9,
  RTO_DELIVERED: 10,
};

runCourierContract("Shiprocket", async () => {
  const { server } = createSandbox();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const account = await db.courierAccount.create({
    data: {
      courier: "SHIPROCKET",
      name: `contract-${Date.now()}`,
      baseUrl: `${origin}/shiprocket/v1/external`,
      credentialsEncrypted: encryptJson({ email: "api@packline.test", password: "sandbox-pass" }),
      webhookSecretEncrypted: encryptSecret(WEBHOOK_TOKEN),
      pickupPincode: "122001",
      pickupLocationName: "Primary",
    },
    select: { id: true },
  });
  const control = async (path: string, body: unknown) => {
    const res = await fetch(`${origin}/_control/shiprocket/${path}`, {
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
      advance: (awb, to) => control("advance", { awb, to: sandboxCode[to] }),
    },
    teardown: () => new Promise((resolve) => server.close(() => resolve())),
  };
});
