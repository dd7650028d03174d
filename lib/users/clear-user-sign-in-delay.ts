import { recordAudit } from "@/lib/audit/record-audit";
import { clearSignInDelay } from "@/lib/auth/login-throttle";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { toUserRow, userRowSelect, type UserRow } from "./user-row";

/**
 * An admin lets a user try again now: the account's failed attempts and delays are forgotten,
 * from every address. A delay on an address across all accounts (password spraying) is not the
 * user's and stays; it ends by itself within 15 minutes.
 */
export async function clearUserSignInDelay(options: {
  userId: string;
  actorId: string;
}): Promise<UserRow> {
  const user = await db.user.findUnique({ where: { id: options.userId }, select: userRowSelect });
  if (!user) throw notFound("The user");
  const before = await toUserRow(user);
  await clearSignInDelay(user.email);
  await recordAudit(db, {
    actorId: options.actorId,
    action: "user.sign_in_delay_cleared",
    entityType: "User",
    entityId: user.id,
    details: { delayedUntil: before.signInDelayedUntil?.toISOString() ?? null },
  });
  return { ...before, signInDelayedUntil: null };
}
