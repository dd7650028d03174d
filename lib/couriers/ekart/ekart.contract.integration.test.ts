import { startCourierSandbox } from "@/lib/testing/courier-contract-sandbox";
import { SANDBOX_PINCODES } from "@/lib/testing/courier-fixtures";
import { control } from "@/lib/testing/start-sandbox";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import { runCourierContract } from "../contract";
import { createCourierHttp } from "../http/courier-http";
import { createEkartCourier } from ".";

const WEBHOOK_SECRET = "ekart-hook-secret";

runCourierContract("Ekart", async () => {
  const { sandbox, account } = await startCourierSandbox("EKART");
  const view = {
    id: account.id,
    courier: "EKART" as const,
    name: account.name,
    baseUrl: account.baseUrl,
    pickupPincode: SANDBOX_PINCODES.pickup,
    pickupLocationName: "Primary",
    dryRun: false,
  };
  const courier = createEkartCourier({
    account: view,
    credentials: { ...EKART_SANDBOX_CREDENTIALS },
    webhookSecret: WEBHOOK_SECRET,
    createHttp: (config) => createCourierHttp(view, config),
  });
  const step = async (path: string, body: unknown) => {
    await control(account.baseUrl, `/_control/${path}`, body);
  };
  return {
    courier,
    webhookSecret: WEBHOOK_SECRET,
    pincodes: SANDBOX_PINCODES,
    sandbox: {
      setWebhook: (target) => step("webhook", target),
      advance: (awb, to) => step("advance", { awb, to }),
    },
    teardown: sandbox.stop,
  };
});
