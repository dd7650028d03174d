import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { firstAdminFromEnvSchema } from "@/lib/validation/user";
import { hashSetupToken, lockFirstAdmin, newSetupToken, SETUP_LINK_HOURS } from "./setup-token";

export type FirstAdminPreparation =
  | { kind: "has-users" }
  | { kind: "admin-created"; email: string }
  | { kind: "setup-link"; token: string; expiresAt: Date };

/**
 * At start, for a database given through DATABASE_URL (never filled with demo data): if it has
 * no users yet, either creates the first admin from PACKLINE_ADMIN_EMAIL and
 * PACKLINE_ADMIN_PASSWORD, or issues a one-time set-up link (its token is returned once, to be
 * printed; only its hash is stored; earlier unused links stop working). Never a known password.
 * A database that has users is left alone.
 */
export async function prepareFirstAdmin(
  options: { email?: string; password?: string } = {},
): Promise<FirstAdminPreparation> {
  const admin = fromEnvironment(options);
  const passwordHash = admin && (await hashPassword(admin.password));
  return db.$transaction(async (tx) => {
    await lockFirstAdmin(tx);
    if ((await tx.user.count()) > 0) return { kind: "has-users" };
    if (admin && passwordHash) {
      const user = await tx.user.create({
        data: { email: admin.email, name: "Administrator", role: "ADMIN", passwordHash },
        select: { id: true, email: true },
      });
      await recordAudit(tx, {
        actorId: null,
        action: "user.first_admin",
        entityType: "User",
        entityId: user.id,
        details: { via: "PACKLINE_ADMIN_EMAIL" },
      });
      return { kind: "admin-created", email: user.email };
    }
    await tx.setupToken.deleteMany({ where: { usedAt: null } });
    const token = newSetupToken();
    const expiresAt = new Date(Date.now() + SETUP_LINK_HOURS * 60 * 60_000);
    await tx.setupToken.create({ data: { tokenHash: hashSetupToken(token), expiresAt } });
    return { kind: "setup-link", token, expiresAt };
  });
}

function fromEnvironment(options: { email?: string; password?: string }) {
  if (!options.email && !options.password) return null;
  if (!options.email || !options.password)
    throw new Error(
      "Set both PACKLINE_ADMIN_EMAIL and PACKLINE_ADMIN_PASSWORD to create the first admin, or neither to get a set-up link.",
    );
  const parsed = firstAdminFromEnvSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path[0] === "email" ? "PACKLINE_ADMIN_EMAIL" : "PACKLINE_ADMIN_PASSWORD";
    throw new Error(`${name}: ${issue.message}.`);
  }
  return parsed.data;
}
