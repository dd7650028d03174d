import { db, type Tx } from "@/lib/db";
import type { StoreProfileInput } from "@/lib/validation/store-profile";

export const STORE_PROFILE_SETTING = "store.profile";

export interface StoreProfile extends StoreProfileInput {
  /** set while an uploaded logo is stored (store-logo.ts); it wins over `logoUrl` */
  uploadedLogoVersion: string | null;
}

function storeProfileFrom(value: unknown): StoreProfile {
  return {
    name: "",
    supportEmail: null,
    supportPhone: null,
    logoUrl: null,
    uploadedLogoVersion: null,
    ...(value as Partial<StoreProfile> | null),
  };
}

export async function getStoreProfile(): Promise<StoreProfile> {
  const row = await db.setting.findUnique({
    where: { key: STORE_PROFILE_SETTING },
    select: { value: true },
  });
  return storeProfileFrom(row?.value);
}

/**
 * The profile for the public tracking pages, which read it on every view: kept in this process
 * for a few seconds. A save in this process forgets it at once; another process's save shows
 * here within CACHE_MS. The admin screens read it fresh (getStoreProfile).
 */
export const STORE_PROFILE_CACHE_MS = 5_000;
let cached: { profile: Promise<StoreProfile>; until: number } | null = null;

export function cachedStoreProfile(): Promise<StoreProfile> {
  const now = Date.now();
  if (!cached || cached.until <= now) {
    const profile = getStoreProfile();
    const entry = { profile, until: now + STORE_PROFILE_CACHE_MS };
    cached = entry;
    // a failed read is not kept: the next view asks again
    profile.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.profile;
}

/**
 * Changes the stored profile with its row locked, in one transaction with `alongside` (another
 * setting's change): the admin form and a logo upload each change their own fields and keep the
 * other's. The cached copy is forgotten once the change is committed.
 */
export async function changeStoreProfile(
  updatedBy: string,
  change: (current: StoreProfile) => StoreProfile,
  alongside?: (tx: Tx) => Promise<unknown>,
): Promise<StoreProfile> {
  const saved = await db.$transaction(async (tx) => {
    await alongside?.(tx);
    const rows = await tx.$queryRaw<{ value: unknown }[]>`
      SELECT value FROM "Setting" WHERE key = ${STORE_PROFILE_SETTING} FOR UPDATE`;
    const value = change(storeProfileFrom(rows[0]?.value));
    await tx.setting.upsert({
      where: { key: STORE_PROFILE_SETTING },
      create: { key: STORE_PROFILE_SETTING, value: { ...value }, updatedBy },
      update: { value: { ...value }, updatedBy },
    });
    return value;
  });
  cached = null;
  return saved;
}

export async function saveStoreProfile(input: StoreProfileInput, updatedBy: string) {
  return changeStoreProfile(updatedBy, (current) => ({
    ...input,
    uploadedLogoVersion: current.uploadedLogoVersion,
  }));
}
