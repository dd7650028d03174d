import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export interface PickupRuleView {
  id: string;
  pincodePrefix: string;
  pickupLocationId: string;
  locationName: string;
  locationActive: boolean;
}

/** The rules in the order they are tried: first match wins. */
export async function listPickupRules(): Promise<PickupRuleView[]> {
  const rows = await db.pickupRule.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      pincodePrefix: true,
      pickupLocationId: true,
      pickupLocation: { select: { name: true, active: true } },
    },
  });
  return rows.map(({ pickupLocation, ...r }) => ({
    ...r,
    locationName: pickupLocation.name,
    locationActive: pickupLocation.active,
  }));
}

/** Adds a rule at the end of the list (the table lock keeps two added at once in order). */
export async function addPickupRule(options: {
  pincodePrefix: string;
  pickupLocationId: string;
  actorId: string;
}): Promise<PickupRuleView[]> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "PickupRule" IN SHARE ROW EXCLUSIVE MODE`;
    const location = await tx.pickupLocation.findUnique({
      where: { id: options.pickupLocationId },
      select: { active: true, name: true },
    });
    if (!location)
      throw new AppError("VALIDATION", "Choose an existing pickup location for the rule.", {
        fieldErrors: { pickupLocationId: ["Choose an existing location"] },
      });
    if (!location.active)
      throw new AppError("VALIDATION", `${location.name} is deactivated; choose an active one.`, {
        fieldErrors: { pickupLocationId: ["Choose an active location"] },
      });
    const last = await tx.pickupRule.aggregate({ _max: { position: true } });
    const rule = await tx.pickupRule.create({
      data: {
        pincodePrefix: options.pincodePrefix,
        pickupLocationId: options.pickupLocationId,
        position: (last._max.position ?? 0) + 1,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "pickup-rule.create",
      entityType: "PickupRule",
      entityId: rule.id,
      details: { pincodePrefix: options.pincodePrefix, location: location.name },
    });
  });
  return listPickupRules();
}

export async function deletePickupRule(options: {
  ruleId: string;
  actorId: string;
}): Promise<PickupRuleView[]> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.pickupRule.deleteMany({ where: { id: options.ruleId } });
    if (count === 0) throw new AppError("NOT_FOUND", "That pickup rule does not exist.");
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "pickup-rule.delete",
      entityType: "PickupRule",
      entityId: options.ruleId,
    });
  });
  return listPickupRules();
}
