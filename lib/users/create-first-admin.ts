import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { FirstAdminInput } from "@/lib/validation/user";
import { liveSetupToken, lockFirstAdmin } from "./setup-token";

export const SETUP_LINK_DEAD =
  "This set-up link has expired or was used already. Restart Packline to print a new one.";
export const ALREADY_SET_UP =
  "Packline already has users: sign in, or ask an admin for an account.";

/**
 * The set-up link's page: creates the first admin with the e-mail, name and password they
 * chose, and uses the link up. The token is checked before the password is hashed (a bad link
 * costs nothing), then again in the transaction that spends it: the first-admin lock and the
 * conditional update make it work once, only while it is live, and only while there are no
 * users (whatever else created one meanwhile).
 */
export async function createFirstAdmin(input: FirstAdminInput): Promise<{ email: string }> {
  if ((await db.setupToken.count({ where: liveSetupToken(input.token) })) === 0)
    throw new AppError("NOT_FOUND", SETUP_LINK_DEAD);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await lockFirstAdmin(tx);
    if ((await tx.user.count()) > 0) throw new AppError("CONFLICT", ALREADY_SET_UP);
    const { count } = await tx.setupToken.updateMany({
      where: liveSetupToken(input.token),
      data: { usedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND", SETUP_LINK_DEAD);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: "ADMIN", passwordHash },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.first_admin",
      entityType: "User",
      entityId: user.id,
      details: { via: "set-up link" },
    });
    return { email: user.email };
  });
}
