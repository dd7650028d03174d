import { z } from "./zod";
import { pageQuery } from "@/lib/http/pagination";

export const EVENT_TYPES = [
  "OrderPlaced",
  "OrderStatusChanged",
  "OrderShipped",
  "OrderDelivered",
] as const;

const url = z
  .url({ protocol: /^https?$/, message: "Enter an http(s) URL the events are POSTed to" })
  .max(500);

export const createSubscriberInput = z.object({
  name: z.string().trim().min(1, "Give the subscriber a name").max(100),
  url,
  /** empty: every event type */
  eventTypes: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).default([]),
  /** omitted: Packline generates one and shows it once */
  secret: z.string().min(16, "At least 16 characters").max(200).optional(),
});

export const updateSubscriberInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    url,
    eventTypes: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length),
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Nothing to change");

export const idParams = z.object({ id: z.string().min(1).max(100) });

export const deliveriesQuery = pageQuery.extend({
  subscriberId: z.string().max(100).optional(),
  status: z.enum(["PENDING", "DELIVERED", "FAILED", "DEAD"]).optional(),
});
