import type { CourierContractSetup } from "@/lib/couriers/contract";
import { getCourierForAccount } from "@/lib/couriers/registry";
import type { ShipmentStatus } from "@/lib/couriers/types";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { createSandboxCourierAccount, SANDBOX_PINCODES } from "./courier-fixtures";
import { control, startSandbox, type RunningSandbox } from "./start-sandbox";

/** A fresh sandbox and one courier account on it, for a courier's contract suite. */
export async function startCourierSandbox(
  courier: CourierCode,
  webhookSecret?: string,
): Promise<{ sandbox: RunningSandbox; account: { id: string; name: string; baseUrl: string } }> {
  const sandbox = await startSandbox();
  const account = await createSandboxCourierAccount(sandbox.url, courier, {
    name: `contract-${Date.now()}`,
    webhookSecret,
  });
  return { sandbox, account };
}

/**
 * The contract setup of a courier whose sandbox is driven under /_control/<controlName>/ and
 * authenticates its webhook pushes with a token: the adapter comes from the registry, as in
 * production. `sandboxTarget` names the sandbox's lifecycle step for a canonical status.
 */
export async function tokenWebhookContractSetup(options: {
  courier: CourierCode;
  controlName: string;
  webhookToken: string;
  sandboxTarget(to: ShipmentStatus): unknown;
}): Promise<CourierContractSetup> {
  const { sandbox, account } = await startCourierSandbox(options.courier, options.webhookToken);
  const step = async (path: string, body: unknown) => {
    await control(sandbox.url, `/_control/${options.controlName}/${path}`, body);
  };
  return {
    courier: await getCourierForAccount(account.id),
    webhookSecret: options.webhookToken,
    pincodes: SANDBOX_PINCODES,
    sandbox: {
      setWebhook: ({ url, secret }) => step("webhook", { url, token: secret }),
      advance: (awb, to) => step("advance", { awb, to: options.sandboxTarget(to) }),
    },
    teardown: sandbox.stop,
  };
}
