import { db } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secrets";

const KEY = "notify.whatsapp";

interface Stored {
  /** Graph API root, https://graph.facebook.com in production, the sandbox's /whatsapp in tests */
  baseUrl: string;
  apiVersion: string;
  phoneNumberId: string;
  accessTokenEncrypted: string;
  /** the Meta app's secret: X-Hub-Signature-256 of every webhook is an HMAC with it */
  appSecretEncrypted: string;
}

export interface WhatsAppConfig {
  baseUrl: string;
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
}

export type WhatsAppSettingsInput = WhatsAppConfig;

export async function loadWhatsAppConfig(): Promise<WhatsAppConfig | null> {
  const row = await db.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  if (!row) return null;
  const s = row.value as unknown as Stored;
  return {
    baseUrl: s.baseUrl,
    apiVersion: s.apiVersion,
    phoneNumberId: s.phoneNumberId,
    accessToken: decryptSecret(s.accessTokenEncrypted),
    appSecret: decryptSecret(s.appSecretEncrypted),
  };
}

/** Saves the WhatsApp Business account's Cloud API details; the token and secret encrypted. */
export async function updateWhatsAppSettings(
  input: WhatsAppSettingsInput,
  actorId: string,
): Promise<void> {
  const stored: Stored = {
    baseUrl: input.baseUrl.replace(/\/+$/, ""),
    apiVersion: input.apiVersion,
    phoneNumberId: input.phoneNumberId,
    accessTokenEncrypted: encryptSecret(input.accessToken),
    appSecretEncrypted: encryptSecret(input.appSecret),
  };
  const value = stored as unknown as object;
  await db.$transaction([
    db.setting.upsert({
      where: { key: KEY },
      create: { key: KEY, value, secret: true, updatedBy: actorId },
      update: { value, updatedBy: actorId },
    }),
    db.auditLog.create({
      data: {
        actorId,
        action: "settings.whatsapp_updated",
        entityType: "Setting",
        entityId: KEY,
        details: { baseUrl: stored.baseUrl, phoneNumberId: stored.phoneNumberId },
      },
    }),
  ]);
}
