import { db, type Tx } from "@/lib/db";

export const RETURN_WINDOW_SETTING = "returns.window_days";

/** Until an admin sets one: a week, the common window of Indian marketplaces for most goods. */
export const DEFAULT_RETURN_WINDOW_DAYS = 7;

const DAY_MS = 24 * 60 * 60_000;

/** How many days after delivery a customer may ask for a return on the tracking page. */
export async function getReturnWindowDays(tx: Tx | typeof db = db): Promise<number> {
  const row = await tx.setting.findUnique({
    where: { key: RETURN_WINDOW_SETTING },
    select: { value: true },
  });
  const days = (row?.value as { days?: unknown } | null)?.days;
  return typeof days === "number" && Number.isInteger(days) && days >= 0
    ? days
    : DEFAULT_RETURN_WINDOW_DAYS;
}

export async function saveReturnWindowDays(days: number, updatedBy: string) {
  await db.setting.upsert({
    where: { key: RETURN_WINDOW_SETTING },
    create: { key: RETURN_WINDOW_SETTING, value: { days }, updatedBy },
    update: { value: { days }, updatedBy },
  });
  return { windowDays: days };
}

/** The last moment a return may be asked for: the window counted from the delivery. */
export const returnWindowEnd = (deliveredAt: Date, days: number) =>
  new Date(deliveredAt.getTime() + days * DAY_MS);
