import { startCourierSandbox } from "@/lib/testing/courier-contract-sandbox";
import { SANDBOX_PINCODES } from "@/lib/testing/courier-fixtures";
import { sandboxEkartCourier } from "@/lib/testing/ekart-courier";
import { control } from "@/lib/testing/start-sandbox";
import { runCourierContract } from "../contract";

const WEBHOOK_SECRET = "ekart-hook-secret";

runCourierContract("Ekart", async () => {
  const { sandbox, account } = await startCourierSandbox("EKART");
  const step = async (path: string, body: unknown) => {
    await control(account.baseUrl, `/_control/${path}`, body);
  };
  return {
    courier: sandboxEkartCourier(account, { webhookSecret: WEBHOOK_SECRET }),
    webhookSecret: WEBHOOK_SECRET,
    pincodes: SANDBOX_PINCODES,
    sandbox: {
      setWebhook: (target) => step("webhook", target),
      advance: (awb, to) => step("advance", { awb, to }),
    },
    teardown: sandbox.stop,
  };
});
