import { db } from "@/lib/db";
import { allows } from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { HandoverStatus } from "@/lib/generated/prisma/enums";

export interface HandoverHead {
  id: string;
  status: HandoverStatus;
  courierAccountId: string;
  locationKey: string;
  locationName: string;
  closedAt: Date | null;
  courierAccount: { name: string; courier: string };
}

/**
 * The handover a dock user named by id, or 404. Everyone with the dispatch permission works the
 * one dock today, so the check is the permission itself (for callers that are not routes); when
 * pickup locations get their own staff, this is where a caller is held to the locations they
 * work at (the handover's locationKey). Every id-taking dispatch use case comes through here.
 */
export async function findVisibleHandover(
  handoverId: string,
  caller: { role: Role },
): Promise<HandoverHead> {
  if (!allows("dispatch", caller.role))
    throw new AppError("ROLE_NOT_ALLOWED", "Handovers are for packers and ops at the dock.");
  const handover = await db.handover.findUnique({
    where: { id: handoverId },
    select: {
      id: true,
      status: true,
      courierAccountId: true,
      locationKey: true,
      locationName: true,
      closedAt: true,
      courierAccount: { select: { name: true, courier: true } },
    },
  });
  if (!handover) throw notFound("The handover");
  return handover;
}
