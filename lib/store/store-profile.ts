import { db } from "@/lib/db";
import type { StoreProfileInput } from "@/lib/validation/store-profile";

export const STORE_PROFILE_SETTING = "store.profile";

export interface StoreProfile extends StoreProfileInput {
  /** set while an uploaded logo is stored (store-logo.ts); it wins over `logoUrl` */
  uploadedLogoVersion: string | null;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

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
 * Changes the stored profile inside `tx` with its row locked: the admin form and a logo upload
 * each change their own fields and keep the other's.
 */
export async function changeStoreProfile(
  tx: Tx,
  updatedBy: string,
  change: (current: StoreProfile) => StoreProfile,
): Promise<StoreProfile> {
  const rows = await tx.$queryRaw<{ value: unknown }[]>`
    SELECT value FROM "Setting" WHERE key = ${STORE_PROFILE_SETTING} FOR UPDATE`;
  const value = change(storeProfileFrom(rows[0]?.value));
  await tx.setting.upsert({
    where: { key: STORE_PROFILE_SETTING },
    create: { key: STORE_PROFILE_SETTING, value: { ...value }, updatedBy },
    update: { value: { ...value }, updatedBy },
  });
  return value;
}

export async function saveStoreProfile(input: StoreProfileInput, updatedBy: string) {
  return db.$transaction((tx) =>
    changeStoreProfile(tx, updatedBy, (current) => ({
      ...input,
      uploadedLogoVersion: current.uploadedLogoVersion,
    })),
  );
}
