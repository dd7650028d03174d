import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { admitSignIn, recordSignInSuccess } from "./login-throttle";
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
 * Checks a sign-in from one client address. The throttle (login-throttle.ts) decides first,
 * on the e-mail as typed, whether a password may be checked at all; unknown, deactivated and
 * known accounts then get the same answers at the same cost, and nothing is locked.
 */
export async function verifyCredentials(input: {
  email: string;
  password: string;
  client: string;
}): Promise<SignedInUser> {
  const attempt = { email: input.email.trim().toLowerCase(), client: input.client };
  await admitSignIn(attempt);
  const user = await db.user.findUnique({
    where: { email: attempt.email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const matches = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !matches) throw new AppError("UNAUTHENTICATED", WRONG);

  await recordSignInSuccess(attempt);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
