import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export const FLAGS = {
  orderFulfillment: "feature.orders.order_fulfillment",
  autoBook: "feature.shipping.auto_book",
  customerSms: "feature.notify.customer_sms",
} as const;

export type FlagKey = (typeof FLAGS)[keyof typeof FLAGS];

/** A flag that was never created is off. */
export async function isFeatureEnabled(key: FlagKey): Promise<boolean> {
  const flag = await db.featureFlag.findUnique({ where: { key }, select: { enabled: true } });
  return flag?.enabled ?? false;
}

export async function requireFeature(key: FlagKey, message: string): Promise<void> {
  if (!(await isFeatureEnabled(key))) throw new AppError("FEATURE_DISABLED", message);
}
