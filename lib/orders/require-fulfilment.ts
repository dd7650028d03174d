import { FLAGS, isFeatureEnabled, requireFeature } from "@/lib/flags/is-feature-enabled";

export const FULFILMENT_OFF_MESSAGE =
  "Order fulfilment is switched off (feature.orders.order_fulfillment), so orders stay Placed. An admin can turn it on under Admin → Feature flags.";

/** Fulfilment actions refuse with FEATURE_DISABLED while the rollout flag is off. */
export function requireFulfilment(): Promise<void> {
  return requireFeature(FLAGS.orderFulfillment, FULFILMENT_OFF_MESSAGE);
}

export function isFulfilmentEnabled(): Promise<boolean> {
  return isFeatureEnabled(FLAGS.orderFulfillment);
}
