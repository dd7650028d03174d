import { db } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secrets";
import { AppError } from "@/lib/errors/app-error";
import type { WhatsAppSettingsInput } from "@/lib/validation/whatsapp-settings";

const KEY = "notify.whatsapp";

interface Stored {
  /** Graph API root, https://graph.facebook.com in production, the sandbox's /whatsapp in tests */
  baseUrl: string;
  apiVersion: string;
  phoneNumberId: string;
  accessTokenEncrypted: string;
  /** the Meta app's secret: X-Hub-Signature-256 of every webhook is an HMAC with it */
  appSecretEncrypted: string;
  /** the string the admin typed into Meta's "Verify token" box; Meta echoes it in the handshake */
  verifyTokenEncrypted: string;
}

export interface WhatsAppConfig {
  baseUrl: string;
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
}

/** What the admin screen may see: the secrets only as "set". */
export interface WhatsAppSettingsView {
  baseUrl: string;
  apiVersion: string;
  phoneNumberId: string;
  accessTokenSet: boolean;
  appSecretSet: boolean;
  verifyTokenSet: boolean;
}

async function loadStored(): Promise<Stored | null> {
  const row = await db.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  return row ? (row.value as unknown as Stored) : null;
}

export async function loadWhatsAppConfig(): Promise<WhatsAppConfig | null> {
  const s = await loadStored();
  if (!s) return null;
  return {
    baseUrl: s.baseUrl,
    apiVersion: s.apiVersion,
    phoneNumberId: s.phoneNumberId,
    accessToken: decryptSecret(s.accessTokenEncrypted),
    appSecret: decryptSecret(s.appSecretEncrypted),
    verifyToken: decryptSecret(s.verifyTokenEncrypted),
  };
}

export async function getWhatsAppSettings(): Promise<WhatsAppSettingsView | null> {
  const s = await loadStored();
  if (!s) return null;
  return {
    baseUrl: s.baseUrl,
    apiVersion: s.apiVersion,
    phoneNumberId: s.phoneNumberId,
    accessTokenSet: Boolean(s.accessTokenEncrypted),
    appSecretSet: Boolean(s.appSecretEncrypted),
    verifyTokenSet: Boolean(s.verifyTokenEncrypted),
  };
}

const SECRETS = [
  ["accessToken", "accessTokenEncrypted", "access token"],
  ["appSecret", "appSecretEncrypted", "app secret"],
  ["verifyToken", "verifyTokenEncrypted", "verify token"],
] as const;

/**
 * Saves the WhatsApp Business account's Cloud API details, the three secrets encrypted; a secret
 * left out keeps the stored one, so the admin never has to see or retype it.
 */
export async function updateWhatsAppSettings(
  input: WhatsAppSettingsInput,
  actorId: string,
): Promise<WhatsAppSettingsView> {
  const before = await loadStored();
  const missing: Record<string, string[]> = {};
  const secrets = {} as Pick<Stored, (typeof SECRETS)[number][1]>;
  for (const [field, column, what] of SECRETS) {
    const typed = input[field];
    if (typed) secrets[column] = encryptSecret(typed);
    else if (before?.[column]) secrets[column] = before[column];
    else missing[field] = [`Enter the ${what}.`];
  }
  if (Object.keys(missing).length)
    throw new AppError(
      "VALIDATION",
      "WhatsApp needs its access token, app secret and verify token.",
      {
        fieldErrors: missing,
      },
    );
  const stored: Stored = {
    baseUrl: input.baseUrl.replace(/\/+$/, ""),
    apiVersion: input.apiVersion,
    phoneNumberId: input.phoneNumberId,
    ...secrets,
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
        details: {
          baseUrl: stored.baseUrl,
          phoneNumberId: stored.phoneNumberId,
          replaced: SECRETS.filter(([f]) => input[f]).map(([f]) => f),
        },
      },
    }),
  ]);
  return (await getWhatsAppSettings())!;
}
