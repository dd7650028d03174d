import { z } from "zod";
import { db } from "@/lib/db";
import { cursorKey, decodeCursor, toPage, type Page } from "@/lib/http/pagination";
import type { Role } from "@/lib/auth/roles";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
}

const cursorShape = z.object({ email: cursorKey.text }).strict();

export async function listUsers(options: {
  cursor?: string;
  limit: number;
}): Promise<Page<UserRow>> {
  const after = decodeCursor(options.cursor, cursorShape);
  const rows = await db.user.findMany({
    where: after ? { email: { gt: after.email } } : undefined,
    orderBy: { email: "asc" },
    take: options.limit + 1,
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
  return toPage(rows, options.limit, (row) => ({ email: row.email }));
}
