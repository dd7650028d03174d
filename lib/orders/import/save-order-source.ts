import type { z } from "zod";
import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/crypto/secrets";
import { AppError } from "@/lib/errors/app-error";
import type { orderSourceInput } from "@/lib/validation/order-source";
import { getOrderSource, type OrderSourceView } from "./get-order-source";

export interface SaveOrderSourceInput {
  input: z.output<typeof orderSourceInput>;
  actorId: string;
}

/** Creates or updates the store connection; a new key is encrypted, an omitted one kept. */
export async function saveOrderSource({
  input,
  actorId,
}: SaveOrderSourceInput): Promise<{ source: OrderSourceView | null }> {
  await db.$transaction(async (tx) => {
    const [existing] = await tx.$queryRaw<{ id: string; baseUrl: string }[]>`
      SELECT id, "baseUrl" FROM "OrderSourceConfig" ORDER BY "createdAt" ASC LIMIT 1 FOR UPDATE`;
    if (!existing && !input.apiKey)
      throw new AppError("VALIDATION", "The store API key is required.", {
        fieldErrors: { apiKey: ["Enter the store API key"] },
      });
    const data = {
      name: input.name,
      baseUrl: input.baseUrl,
      syncIntervalMinutes: input.syncIntervalMinutes,
      statusMapping: input.statusMapping,
      enabled: input.enabled,
      ...(input.apiKey ? { apiKeyEncrypted: encryptSecret(input.apiKey) } : {}),
      // A different store means different orders: read it from the beginning.
      ...(existing && existing.baseUrl !== input.baseUrl ? { lastCursor: null } : {}),
    };
    const saved = existing
      ? await tx.orderSourceConfig.update({
          where: { id: existing.id },
          data,
          select: { id: true },
        })
      : await tx.orderSourceConfig.create({
          data: { ...data, apiKeyEncrypted: encryptSecret(input.apiKey!) },
          select: { id: true },
        });
    await tx.auditLog.create({
      data: {
        actorId,
        action: existing ? "order-source.update" : "order-source.create",
        entityType: "OrderSourceConfig",
        entityId: saved.id,
        details: {
          baseUrl: input.baseUrl,
          syncIntervalMinutes: input.syncIntervalMinutes,
          enabled: input.enabled,
          apiKeyChanged: Boolean(input.apiKey),
        },
      },
    });
  });
  return getOrderSource();
}
