import type { AddressInfo } from "node:net";
import { encryptJson } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { createSandbox } from "@/sandbox/server";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import { runCourierContract } from "../contract";
import { createCourierHttp } from "../http/courier-http";
import { createEkartCourier } from ".";

const WEBHOOK_SECRET = "ekart-hook-secret";

runCourierContract("Ekart", async () => {
  const { server } = createSandbox();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ekart`;
  const account = await db.courierAccount.create({
    data: {
      courier: "EKART",
      name: `contract-${Date.now()}`,
      baseUrl,
      credentialsEncrypted: encryptJson(EKART_SANDBOX_CREDENTIALS),
      pickupPincode: "122001",
    },
    select: { id: true, name: true },
  });
  const view = {
    id: account.id,
    courier: "EKART" as const,
    name: account.name,
    baseUrl,
    pickupPincode: "122001",
    pickupLocationName: "Primary",
    dryRun: false,
  };
  const courier = createEkartCourier({
    account: view,
    credentials: { ...EKART_SANDBOX_CREDENTIALS },
    webhookSecret: WEBHOOK_SECRET,
    createHttp: (config) => createCourierHttp(view, config),
  });
  const control = (path: string, body: unknown) =>
    fetch(`${baseUrl}/_control/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((r) => {
      if (!r.ok) throw new Error(`sandbox control ${path}: ${r.status}`);
    });
  return {
    courier,
    webhookSecret: WEBHOOK_SECRET,
    pincodes: { pickup: "122001", serviceable: "530017", unserviceable: "999999" },
    sandbox: {
      setWebhook: (target) => control("webhook", target),
      advance: (awb, to) => control("advance", { awb, to }),
    },
    teardown: () => new Promise((resolve) => server.close(() => resolve())),
  };
});
