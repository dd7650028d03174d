import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/crypto/secrets";
import { notFound } from "@/lib/errors/app-error";
import type {
  createSubscriberInput,
  updateSubscriberInput,
} from "@/lib/validation/event-subscriber";

const subscriberSelect = {
  id: true,
  name: true,
  url: true,
  eventTypes: true,
  active: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Subscribers with their delivery counts, newest first (admins have a handful). */
export async function listSubscribers() {
  const [rows, counts] = await Promise.all([
    db.eventSubscriber.findMany({ orderBy: { createdAt: "desc" }, select: subscriberSelect }),
    db.outboxDelivery.groupBy({ by: ["subscriberId", "status"], _count: { _all: true } }),
  ]);
  return {
    items: rows.map((s) => ({
      ...s,
      deliveries: Object.fromEntries(
        counts.filter((c) => c.subscriberId === s.id).map((c) => [c.status, c._count._all]),
      ),
    })),
  };
}

/** Creates a subscriber; its signing secret is returned this once and stored encrypted. */
export async function createSubscriber(input: z.output<typeof createSubscriberInput>) {
  const secret = input.secret ?? `whsec_${randomBytes(24).toString("base64url")}`;
  const row = await db.eventSubscriber.create({
    data: {
      name: input.name,
      url: input.url,
      eventTypes: input.eventTypes,
      secretEncrypted: encryptSecret(secret),
    },
    select: subscriberSelect,
  });
  return { ...row, secret };
}

export async function updateSubscriber(id: string, input: z.output<typeof updateSubscriberInput>) {
  const found = await db.eventSubscriber.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw notFound("The subscriber");
  return db.eventSubscriber.update({ where: { id }, data: input, select: subscriberSelect });
}
