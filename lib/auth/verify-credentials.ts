import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { verifyPassword } from "./password";
import type { Role } from "./roles";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const WRONG = "That email and password do not match.";

// A precomputed hash so an unknown email costs as much time as a wrong password.
const DUMMY_HASH = "$2b$12$y4mz4frbA9LOh8qhUPHDWu48gYA7i2YNfuZH3zcc7IO8gw9U6c106";

/**
 * Checks a login. Every wrong password counts; the N-th locks the account for a while.
 * The counter is updated in one statement so concurrent attempts cannot slip past it.
 */
export async function verifyCredentials(input: {
  email: string;
  password: string;
}): Promise<SignedInUser> {
  const email = input.email.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      passwordHash: true,
      lockedUntil: true,
    },
  });
  if (!user || !user.active) {
    await verifyPassword(input.password, DUMMY_HASH);
    throw new AppError("UNAUTHENTICATED", WRONG);
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);

  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const { LOGIN_MAX_ATTEMPTS, LOGIN_LOCK_MINUTES } = env();
    const [row] = await db.$queryRaw<{ failedLoginAttempts: number; lockedUntil: Date | null }[]>`
      UPDATE "User"
         SET "failedLoginAttempts" = "failedLoginAttempts" + 1,
             "lockedUntil" = CASE WHEN "failedLoginAttempts" + 1 >= ${LOGIN_MAX_ATTEMPTS}
                                  THEN now() + make_interval(mins => ${LOGIN_LOCK_MINUTES})
                                  ELSE "lockedUntil" END,
             "updatedAt" = now()
       WHERE id = ${user.id}
   RETURNING "failedLoginAttempts", "lockedUntil"`;
    if (row?.lockedUntil && row.lockedUntil > now) throw lockedError(row.lockedUntil);
    throw new AppError("UNAUTHENTICATED", WRONG);
  }

  await db.user.update({
    where: { id: user.id },
    data: { failedLoginAttempts: 0, lockedUntil: null, lastLoginAt: now },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

function lockedError(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError(
    "UNAUTHENTICATED",
    `Too many wrong passwords. This account is locked for ${minutes} more minute${minutes === 1 ? "" : "s"}, or until an admin unlocks it.`,
  );
}
