import bcrypt from "bcryptjs";

// bcrypt, cost 12 in production; tests and the demo seed may lower it through the argument.
export const DEFAULT_COST = 12;

export function hashPassword(plain: string, cost = DEFAULT_COST): Promise<string> {
  return bcrypt.hash(plain, cost);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
