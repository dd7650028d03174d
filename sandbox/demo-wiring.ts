import { demoCourierAccounts, demoWhatsApp } from "../prisma/seed/accounts";

/**
 * Points the sandbox couriers at a running Packline the way a real account is set up at each
 * courier (and at WhatsApp): the tracking webhook URL with the token or secret of the seeded demo account, and
 * the lifecycle clocks at demo speed. Done through the sandbox's own control API, exactly as
 * tests do, so the demo and the tests exercise the same paths.
 */
export async function wireSandboxToPackline(options: {
  sandboxUrl: string;
  packlineUrl: string;
  stepMs: number;
}): Promise<void> {
  const secrets = Object.fromEntries(
    demoCourierAccounts(options.sandboxUrl).map((a) => [a.courier, a.webhookSecret]),
  );
  const hook = (courier: string) =>
    `${options.packlineUrl.replace(/\/+$/, "")}/api/webhooks/${courier}`;
  const calls: [string, unknown][] = [
    ["/_control/shiprocket/webhook", { url: hook("shiprocket"), token: secrets.SHIPROCKET }],
    ["/_control/delhivery/webhook", { url: hook("delhivery"), token: secrets.DELHIVERY }],
    ["/ekart/_control/webhook", { url: hook("ekart"), secret: secrets.EKART }],
    // WhatsApp's sent/delivered/read callbacks, signed with the seeded account's app secret.
    [
      "/_control/whatsapp/webhook",
      { url: hook("whatsapp"), appSecret: demoWhatsApp(options.sandboxUrl).appSecret },
    ],
    // A standing daily pickup, so a parcel booked in the demo starts moving by itself.
    ["/_control/shiprocket/clock", { stepMs: options.stepMs, autoPickup: true }],
    ["/_control/delhivery/clock", { stepMs: options.stepMs, autoPickup: true }],
    ["/ekart/_control/clock", { stepMs: options.stepMs }],
  ];
  for (const [path, body] of calls) {
    const res = await fetch(`${options.sandboxUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox ${path}: ${res.status} ${await res.text()}`);
  }
}
