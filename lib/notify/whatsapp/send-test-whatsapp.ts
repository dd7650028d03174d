import { AppError } from "@/lib/errors/app-error";
import { runTestSend, type TestSendResult } from "../record-test-send";
import { sendWhatsAppTemplate } from "./send-whatsapp-template";
import { loadWhatsAppConfig } from "./whatsapp-settings";

// Every WhatsApp Business account starts with Meta's approved "hello_world" template (en_US),
// so a test works before the admin's own templates are approved.
const TEST_TEMPLATE = { name: "hello_world", language: "en_US", parameters: [] };

/** Sends Meta's hello_world template now, through the saved settings, and records the outcome. */
export async function sendTestWhatsApp(options: {
  to: string;
  actor: { id: string; name: string };
}): Promise<TestSendResult> {
  const config = await loadWhatsAppConfig();
  if (!config)
    throw new AppError("VALIDATION", "WhatsApp is not set up yet: save the settings first.", {
      fieldErrors: { whatsapp: ["Save the WhatsApp settings first"] },
    });
  return runTestSend(
    {
      channel: "WHATSAPP",
      recipient: options.to,
      body: `WhatsApp template ${TEST_TEMPLATE.name} (test by ${options.actor.name})`,
      actorId: options.actor.id,
    },
    () => sendWhatsAppTemplate(config, { ...TEST_TEMPLATE, to: options.to }),
  );
}
