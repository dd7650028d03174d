import { db } from "@/lib/db";
import { decryptJson, decryptSecret } from "@/lib/crypto/secrets";
import { AppError } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import { adapterFactories } from "./adapters";
import type { Courier } from "./courier";
import { createCourierHttp } from "./http/courier-http";
import type { CourierAccountView, CourierContext } from "./registry-types";

export type { CourierAccountView, CourierAdapterFactory, CourierContext } from "./registry-types";

const accountSelect = {
  id: true,
  courier: true,
  name: true,
  baseUrl: true,
  pickupPincode: true,
  pickupLocationName: true,
  dryRun: true,
  credentialsEncrypted: true,
  webhookSecretEncrypted: true,
  updatedAt: true,
} as const;

export type CourierAccountRow = CourierAccountView & {
  credentialsEncrypted: string;
  webhookSecretEncrypted: string | null;
  updatedAt: Date;
};

// One adapter instance per account and version of its row, so a process keeps its in-memory
// token and breaker state between calls, and an edited account is picked up at once.
const cache = new Map<string, { version: number; courier: Courier }>();

/** The courier adapter of an account (by id or a row already read), credentials decrypted. */
export async function getCourierForAccount(account: string | CourierAccountRow): Promise<Courier> {
  const row =
    typeof account === "string"
      ? await db.courierAccount.findUnique({ where: { id: account }, select: accountSelect })
      : account;
  if (!row) throw new AppError("NOT_FOUND", "The courier account was not found.");
  const cached = cache.get(row.id);
  if (cached && cached.version === row.updatedAt.getTime()) return cached.courier;
  const courier = buildCourier(row);
  cache.set(row.id, { version: row.updatedAt.getTime(), courier });
  return courier;
}

/** A new, uncached adapter for the row: for calls that must not share the cached instance. */
export function buildCourier(row: CourierAccountRow): Courier {
  const factory = adapterFactories[row.courier];
  if (!factory)
    throw new CourierError({
      courier: row.courier,
      kind: "unsupported",
      message: `No adapter is installed for ${row.courier}.`,
    });
  const view: CourierAccountView = {
    id: row.id,
    courier: row.courier,
    name: row.name,
    baseUrl: row.baseUrl.replace(/\/+$/, ""),
    pickupPincode: row.pickupPincode,
    pickupLocationName: row.pickupLocationName,
    dryRun: row.dryRun,
    version: row.updatedAt.getTime(),
  };
  const ctx: CourierContext = {
    account: view,
    credentials: decryptJson<Record<string, string>>(row.credentialsEncrypted),
    webhookSecret: row.webhookSecretEncrypted ? decryptSecret(row.webhookSecretEncrypted) : null,
    createHttp: (config) => createCourierHttp(view, config),
  };
  return factory(ctx);
}

export const courierAccountSelect = accountSelect;
