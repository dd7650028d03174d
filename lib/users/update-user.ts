import { recordAudit } from "@/lib/audit/record-audit";
import { revokeUserSessions } from "@/lib/auth/user-sessions";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { UpdateUserInput } from "@/lib/validation/user";
import { toUserRow, userRowSelect, type UserRow } from "./user-row";

/**
 * Changes a user's name, role or active flag. Deactivating a user or changing their role ends
 * their sessions in the same transaction: what they may do changes at their next request, and
 * they sign in again under the new role. An admin cannot take away their own admin access, so
 * the team can never lock itself out of the admin screens.
 */
export async function updateUser(options: {
  userId: string;
  input: UpdateUserInput;
  actorId: string;
}): Promise<UserRow> {
  const { userId, input, actorId } = options;
  if (userId === actorId && (input.active === false || (input.role && input.role !== "ADMIN"))) {
    throw new AppError(
      "CONFLICT",
      "You cannot deactivate yourself or remove your own admin role. Ask another admin.",
    );
  }
  const user = await db.$transaction(async (tx) => {
    const found = await tx.user.findUnique({
      where: { id: userId },
      select: { role: true, active: true },
    });
    if (!found) throw notFound("The user");
    const user = await tx.user.update({
      where: { id: userId },
      data: { name: input.name, role: input.role, active: input.active },
      select: userRowSelect,
    });
    const losesAccess =
      (found.active && input.active === false) || (input.role && input.role !== found.role);
    const sessionsEnded = losesAccess ? await revokeUserSessions(tx, userId) : 0;
    await recordAudit(tx, {
      actorId,
      action: "user.update",
      entityType: "User",
      entityId: userId,
      details: { changed: Object.keys(input), sessionsEnded },
    });
    return user;
  });
  return toUserRow(user);
}
