import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { disputeDeadline, formatIstDeadline } from "./dispute-deadline";
import { rulesByAccount } from "./get-freight-rules";

export interface OpenWeightDisputeInput {
  freightCheckId: string;
  note: string | null;
  by: { id: string; name: string };
  now?: Date;
}

/**
 * Opens the dispute of one flagged charge, due by the courier's deadline (its dispute window
 * from the day it charged, as the account's rule says now). One dispute per charge: the unique
 * freightCheckId refuses a second, whoever clicks first.
 */
export async function openWeightDispute(
  input: OpenWeightDisputeInput,
): Promise<{ disputeId: string; deadlineAt: Date }> {
  const check = await db.freightCheck.findUnique({
    where: { id: input.freightCheckId },
    select: {
      id: true,
      flagged: true,
      chargedAt: true,
      courierAccountId: true,
      dispute: { select: { id: true } },
    },
  });
  if (!check) throw notFound("That weight charge");
  if (!check.flagged)
    throw new AppError(
      "CONFLICT",
      "That charge is within the tolerance: there is nothing to dispute.",
    );
  if (check.dispute) throw new AppError("CONFLICT", "That charge is already disputed.");
  const rule = (await rulesByAccount()).get(check.courierAccountId);
  if (!rule) throw notFound("That charge's courier account");
  const deadlineAt = disputeDeadline(check.chargedAt, rule.disputeWindowDays);
  if (deadlineAt <= (input.now ?? new Date()))
    throw new AppError(
      "CONFLICT",
      `The courier's dispute window closed on ${formatIstDeadline(deadlineAt)}.`,
    );
  try {
    const dispute = await db.weightDispute.create({
      data: {
        freightCheckId: check.id,
        deadlineAt,
        openedById: input.by.id,
        openedByName: input.by.name,
        events: { create: { status: "OPEN", note: input.note, byName: input.by.name } },
      },
      select: { id: true, deadlineAt: true },
    });
    return { disputeId: dispute.id, deadlineAt: dispute.deadlineAt };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002")
      throw new AppError("CONFLICT", "That charge is already disputed.");
    throw error;
  }
}
