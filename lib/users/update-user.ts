import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { UpdateUserInput } from "@/lib/validation/user";
import type { UserRow } from "./list-users";

/**
 * Changes a user's name, role, active flag or password, or lifts a lock-out. An admin cannot
 * take away their own admin access, so the team can never lock itself out of the admin screens.
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
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!found) throw notFound("The user");
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        name: input.name,
        role: input.role,
        active: input.active,
        passwordHash,
        ...(input.unlock || passwordHash ? { failedLoginAttempts: 0, lockedUntil: null } : {}),
      },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        lockedUntil: true,
        lastLoginAt: true,
      },
    });
    const changed = Object.keys(input).filter((k) => k !== "password");
    await recordAudit(tx, {
      actorId,
      action: "user.update",
      entityType: "User",
      entityId: userId,
      details: { changed, passwordReset: Boolean(passwordHash) },
    });
    return user;
  });
}
