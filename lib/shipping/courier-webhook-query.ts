import { z } from "zod";

/** `?account=<id>` pins a courier webhook to one account; without it every active one is tried. */
export const courierWebhookQuery = z.object({
  account: z.string().min(1).max(64).optional(),
});
