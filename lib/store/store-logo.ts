import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { changeStoreProfile, type StoreProfile } from "./store-profile";

export const STORE_LOGO_SETTING = "store.logo";

/**
 * The uploaded logo lives in its own setting so the tracking page reads the small profile on
 * every request and the image only when a browser without it in cache asks /api/store/logo.
 * The profile carries its version: a new upload is a new URL, so the image caches for a year.
 */
export async function saveStoreLogo(
  logo: { contentType: string; bytes: Buffer },
  updatedBy: string,
): Promise<StoreProfile> {
  const version = Date.now().toString(36);
  const stored = { contentType: logo.contentType, base64: logo.bytes.toString("base64") };
  return changeStoreProfile(
    updatedBy,
    (p) => ({ ...p, uploadedLogoVersion: version }),
    (tx) =>
      tx.setting.upsert({
        where: { key: STORE_LOGO_SETTING },
        create: { key: STORE_LOGO_SETTING, value: stored, updatedBy },
        update: { value: stored, updatedBy },
      }),
  );
}

export async function removeStoreLogo(updatedBy: string): Promise<StoreProfile> {
  return changeStoreProfile(
    updatedBy,
    (p) => ({ ...p, uploadedLogoVersion: null }),
    (tx) => tx.setting.deleteMany({ where: { key: STORE_LOGO_SETTING } }),
  );
}

/** The uploaded logo's bytes for the public image route. */
export async function getStoreLogo(): Promise<{ contentType: string; bytes: Buffer }> {
  const row = await db.setting.findUnique({
    where: { key: STORE_LOGO_SETTING },
    select: { value: true },
  });
  const value = row?.value as { contentType?: string; base64?: string } | null;
  if (!value?.contentType || !value.base64) throw notFound("The store's logo");
  return { contentType: value.contentType, bytes: Buffer.from(value.base64, "base64") };
}
