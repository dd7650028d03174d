import { signInDelays } from "@/lib/auth/login-throttle";
import type { Role } from "@/lib/auth/roles";

/** A user as the admin screen shows them; one select for every user use case. */
export const userRowSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
} as const;

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: Date | null;
  /** until when some address is refused a sign-in to this account (login-throttle.ts) */
  signInDelayedUntil: Date | null;
}

type SelectedUser = Omit<UserRow, "signInDelayedUntil">;

export async function toUserRows(users: SelectedUser[]): Promise<UserRow[]> {
  const delays = await signInDelays(users.map((u) => u.email));
  return users.map((u) => ({ ...u, signInDelayedUntil: delays.get(u.email) ?? null }));
}

export async function toUserRow(user: SelectedUser): Promise<UserRow> {
  const [row] = await toUserRows([user]);
  return row!;
}
