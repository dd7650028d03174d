import type { Courier } from "@/lib/couriers/courier";
import { courierAccountSelect, getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import type { ShipmentDirection } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";

export const WEIGHT_SLAB_GRAMS = 500;
export const RATE_TTL_MS = 6 * 60 * 60_000;

export interface LaneQuery {
  /** the pickup location's pincode; absent, each account's own pickup pincode */
  pickupPincode?: string;
  dropPincode: string;
  weightGrams: number;
  cod: boolean;
  declaredValuePaise: number;
  direction?: ShipmentDirection;
  /** refetch even when cached quotes are still fresh (the refresh job) */
  refresh?: boolean;
}

export interface CachedQuote {
  accountId: string;
  accountName: string;
  priority: number;
  serviceable: boolean;
  serviceName: string | null;
  serviceCode: string | null;
  chargePaise: number | null;
  promisedDays: number | null;
  codAvailable: boolean;
}

export const slabOf = (grams: number) =>
  Math.max(1, Math.ceil(grams / WEIGHT_SLAB_GRAMS)) * WEIGHT_SLAB_GRAMS;

/**
 * Quotes of every active courier account for a lane (its pickup pincode → drop pincode, weight
 * slab, COD), from the RateQuote cache while fresh, else from the courier and cached for
 * RATE_TTL_MS. A courier that fails to quote is left out (and logged), never blocking the others.
 */
export async function getRateQuotes(lane: LaneQuery): Promise<CachedQuote[]> {
  const accounts = await db.courierAccount.findMany({
    where: { active: true },
    select: { ...courierAccountSelect, priority: true },
    orderBy: { priority: "asc" },
  });
  const slab = slabOf(lane.weightGrams);
  const perAccount = await Promise.all(
    accounts.map(async (account) => {
      const key = {
        courierAccountId: account.id,
        pickupPincode: lane.pickupPincode ?? account.pickupPincode,
        dropPincode: lane.dropPincode,
        weightSlabGrams: slab,
        cod: lane.cod,
      };
      const cached = lane.refresh
        ? []
        : await db.rateQuote.findMany({
            where: { ...key, expiresAt: { gt: new Date() } },
            select: {
              serviceable: true,
              serviceName: true,
              chargePaise: true,
              promisedDays: true,
              raw: true,
            },
          });
      const rows = cached.length > 0 ? cached : await fetchAndStore(account, key, lane);
      return rows.map((r) => ({
        accountId: account.id,
        accountName: account.name,
        priority: account.priority,
        serviceable: r.serviceable,
        serviceName: r.serviceName,
        serviceCode: (r.raw as { serviceCode?: string | null } | null)?.serviceCode ?? null,
        chargePaise: r.chargePaise,
        promisedDays: r.promisedDays,
        codAvailable: (r.raw as { codAvailable?: boolean } | null)?.codAvailable ?? !lane.cod,
      }));
    }),
  );
  return perAccount.flat();
}

type LaneKey = {
  courierAccountId: string;
  pickupPincode: string;
  dropPincode: string;
  weightSlabGrams: number;
  cod: boolean;
};

async function fetchAndStore(
  account: Parameters<typeof getCourierForAccount>[0] & { id: string },
  key: LaneKey,
  lane: LaneQuery,
) {
  let courier: Courier;
  let quotes;
  try {
    courier = await getCourierForAccount(account);
    if (!courier.capabilities.rates) return [];
    quotes = await courier.getRates({
      pickupPincode: key.pickupPincode,
      dropPincode: key.dropPincode,
      weightGrams: key.weightSlabGrams,
      cod: key.cod,
      declaredValuePaise: lane.declaredValuePaise,
      direction: lane.direction ?? "FORWARD",
    });
  } catch (error) {
    if (!(error instanceof CourierError)) throw error;
    log.warn("courier could not quote", {
      accountId: key.courierAccountId,
      kind: error.kind,
      error: error.message,
    });
    return [];
  }
  const now = new Date();
  const expiresAt = new Date(now.getTime() + RATE_TTL_MS);
  // Unserviceable is cached too, so a lane no courier serves is not asked again every booking.
  const rows = (
    quotes.length
      ? quotes
      : [
          {
            serviceable: false,
            serviceCode: null,
            serviceName: null,
            chargePaise: null,
            promisedDays: null,
            codAvailable: false,
          },
        ]
  ).map((q) => ({
    ...key,
    serviceable: q.serviceable,
    serviceName: q.serviceName,
    chargePaise: q.chargePaise,
    promisedDays: q.promisedDays,
    raw: { serviceCode: q.serviceCode, codAvailable: q.codAvailable },
    fetchedAt: now,
    expiresAt,
  }));
  await db.$transaction([
    db.rateQuote.deleteMany({ where: key }),
    db.rateQuote.createMany({ data: rows, skipDuplicates: true }),
  ]);
  return rows;
}
