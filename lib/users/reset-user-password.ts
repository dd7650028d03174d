import { recordAudit } from "@/lib/audit/record-audit";
import { clearSignInDelay } from "@/lib/auth/login-throttle";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/user-sessions";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { toUserRow, userRowSelect, type UserRow } from "./user-row";

/**
 * An admin sets a new password for a user. Whoever knew the old one is signed out at once (all
 * of the user's sessions end in the same transaction), and the account's sign-in delays are
 * cleared so the user can try the new password straight away.
 */
export async function resetUserPassword(options: {
  userId: string;
  password: string;
  actorId: string;
}): Promise<UserRow> {
  const { userId, actorId } = options;
  const passwordHash = await hashPassword(options.password);
  const user = await db.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!found) throw notFound("The user");
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash },
      select: userRowSelect,
    });
    const sessionsEnded = await revokeUserSessions(tx, userId);
    await recordAudit(tx, {
      actorId,
      action: "user.password_reset",
      entityType: "User",
      entityId: userId,
      details: { sessionsEnded },
    });
    return user;
  });
  await clearSignInDelay(user.email);
  return toUserRow(user);
}
