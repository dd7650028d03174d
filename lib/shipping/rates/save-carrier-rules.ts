import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CarrierRulesBody } from "@/lib/validation/carrier-rules";
import { CARRIER_RULES_KEY } from "./carrier-rules";
import { getCarrierRules } from "./get-carrier-rules";

const changedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Another admin saved the carrier rules after you opened them. Reload to see their rules, then make your change again.",
  );

/**
 * Saves the admin's carrier rules as one document. Every account a rule names must exist (an
 * inactive one is skipped at booking, as it gets no quotes). The save is conditional on the
 * rules being those the admin loaded (`basedOn`: their save time), so of two admins editing at
 * once the second is told instead of silently undoing the first.
 */
export async function saveCarrierRules(body: CarrierRulesBody, userId: string) {
  const { basedOn, ...doc } = body;
  const named = [...doc.rules.map((r) => r.action), doc.otherwise].flatMap((a) => a.accountIds);
  const known = await db.courierAccount.findMany({
    where: { id: { in: [...new Set(named)] } },
    select: { id: true },
  });
  const unknown = named.filter((id) => !known.some((k) => k.id === id));
  if (unknown.length)
    throw new AppError(
      "VALIDATION",
      "A rule names a courier account that no longer exists; reload and choose again.",
    );
  const value = doc as unknown as Prisma.InputJsonValue;
  if (basedOn === null) {
    try {
      await db.setting.create({
        data: { key: CARRIER_RULES_KEY, value, updatedBy: userId },
        select: { key: true },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw changedMeanwhile();
      throw error;
    }
  } else {
    const { count } = await db.setting.updateMany({
      where: { key: CARRIER_RULES_KEY, updatedAt: new Date(basedOn) },
      data: { value, updatedBy: userId },
    });
    if (count === 0) throw changedMeanwhile();
  }
  return getCarrierRules();
}
