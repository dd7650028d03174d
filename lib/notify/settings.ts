import { db, type Tx } from "@/lib/db";
import { SECRET_FOR_NEW_HOST, sameHost } from "@/lib/crypto/same-destination";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secrets";
import { AppError } from "@/lib/errors/app-error";
import type { NotificationSettingsInput } from "@/lib/validation/notification-settings";

const KEY = "notify.settings";

interface StoredSettings {
  smtp: {
    host: string;
    port: number;
    secure: boolean;
    user: string | null;
    passwordEncrypted: string | null;
    from: string;
  } | null;
  sms: {
    baseUrl: string;
    senderId: string;
    dltTemplateId: string | null;
    authKeyEncrypted: string | null;
  } | null;
  recipients: { emails: string[]; phones: string[] };
}

/** What the admin screen sees: everything but the secrets, which show only as set or not. */
export interface NotificationSettingsView {
  smtp:
    | (Omit<NonNullable<StoredSettings["smtp"]>, "passwordEncrypted"> & { passwordSet: boolean })
    | null;
  sms:
    (Omit<NonNullable<StoredSettings["sms"]>, "authKeyEncrypted"> & { authKeySet: boolean }) | null;
  recipients: StoredSettings["recipients"];
}

/** Settings with secrets decrypted, for the senders only. Never returned over HTTP. */
export interface NotificationConfig {
  smtp:
    | (Omit<NonNullable<StoredSettings["smtp"]>, "passwordEncrypted"> & { password: string | null })
    | null;
  sms:
    | (Omit<NonNullable<StoredSettings["sms"]>, "authKeyEncrypted"> & { authKey: string | null })
    | null;
  recipients: StoredSettings["recipients"];
}

const EMPTY: StoredSettings = { smtp: null, sms: null, recipients: { emails: [], phones: [] } };

async function readStored(client: Tx = db): Promise<StoredSettings> {
  const row = await client.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  return row ? { ...EMPTY, ...(row.value as unknown as StoredSettings) } : EMPTY;
}

function toView(s: StoredSettings): NotificationSettingsView {
  return {
    smtp: s.smtp && {
      host: s.smtp.host,
      port: s.smtp.port,
      secure: s.smtp.secure,
      user: s.smtp.user,
      from: s.smtp.from,
      passwordSet: Boolean(s.smtp.passwordEncrypted),
    },
    sms: s.sms && {
      baseUrl: s.sms.baseUrl,
      senderId: s.sms.senderId,
      dltTemplateId: s.sms.dltTemplateId,
      authKeySet: Boolean(s.sms.authKeyEncrypted),
    },
    recipients: s.recipients,
  };
}

export async function getNotificationSettings(): Promise<NotificationSettingsView> {
  return toView(await readStored());
}

export async function loadNotificationConfig(): Promise<NotificationConfig> {
  const s = await readStored();
  const reveal = (sealed: string | null) => (sealed ? decryptSecret(sealed) : null);
  return {
    smtp: s.smtp && {
      host: s.smtp.host,
      port: s.smtp.port,
      secure: s.smtp.secure,
      user: s.smtp.user,
      from: s.smtp.from,
      password: reveal(s.smtp.passwordEncrypted),
    },
    sms: s.sms && {
      baseUrl: s.sms.baseUrl,
      senderId: s.sms.senderId,
      dltTemplateId: s.sms.dltTemplateId,
      authKey: reveal(s.sms.authKeyEncrypted),
    },
    recipients: s.recipients,
  };
}

/** A kept password or key would go to a new host: refuse, and ask for it again (same-destination.ts). */
function assertSecretsFollowHosts(input: NotificationSettingsInput, current: StoredSettings) {
  const fieldErrors: Record<string, string[]> = {};
  const smtp = current.smtp;
  if (
    input.smtp &&
    input.smtp.password === undefined &&
    smtp?.passwordEncrypted &&
    (!sameHost(smtp.host, input.smtp.host) || (smtp.user ?? "") !== (input.smtp.user || ""))
  )
    fieldErrors["smtp.password"] = [SECRET_FOR_NEW_HOST];
  const sms = current.sms;
  if (
    input.sms &&
    input.sms.authKey === undefined &&
    sms?.authKeyEncrypted &&
    !sameHost(sms.baseUrl, input.sms.baseUrl)
  )
    fieldErrors["sms.authKey"] = [SECRET_FOR_NEW_HOST];
  if (Object.keys(fieldErrors).length)
    throw new AppError("VALIDATION", "Type the password or key again for the new server.", {
      fieldErrors,
    });
}

/** absent keeps the stored secret, null clears it, a string replaces it (encrypted at rest) */
function nextSecret(input: string | null | undefined, stored: string | null | undefined) {
  if (input === undefined) return stored ?? null;
  return input === null ? null : encryptSecret(input);
}

export async function updateNotificationSettings(
  input: NotificationSettingsInput,
  actorId: string,
): Promise<NotificationSettingsView> {
  return db.$transaction(async (tx) => {
    // Lock the row (if any) so two admins saving at once cannot drop each other's secret.
    await tx.$queryRaw`SELECT key FROM "Setting" WHERE key = ${KEY} FOR UPDATE`;
    const current = await readStored(tx);
    assertSecretsFollowHosts(input, current);
    const next: StoredSettings = {
      smtp: input.smtp && {
        host: input.smtp.host,
        port: input.smtp.port,
        secure: input.smtp.secure,
        user: input.smtp.user || null,
        from: input.smtp.from,
        passwordEncrypted: nextSecret(input.smtp.password, current.smtp?.passwordEncrypted),
      },
      sms: input.sms && {
        baseUrl: input.sms.baseUrl.replace(/\/+$/, ""),
        senderId: input.sms.senderId,
        dltTemplateId: input.sms.dltTemplateId ?? null,
        authKeyEncrypted: nextSecret(input.sms.authKey, current.sms?.authKeyEncrypted),
      },
      recipients: {
        emails: [...new Set(input.recipients.emails)],
        phones: [...new Set(input.recipients.phones)],
      },
    };
    const value = next as unknown as object;
    await tx.setting.upsert({
      where: { key: KEY },
      create: { key: KEY, value, secret: true, updatedBy: actorId },
      update: { value, updatedBy: actorId },
    });
    await tx.auditLog.create({
      data: {
        actorId,
        action: "settings.notifications_updated",
        entityType: "Setting",
        entityId: KEY,
        details: { smtpHost: next.smtp?.host ?? null, sms: Boolean(next.sms) },
      },
    });
    return toView(next);
  });
}
