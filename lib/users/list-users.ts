import { z } from "zod";
import { db } from "@/lib/db";
import { cursorKey, decodeCursor, toPage, type Page } from "@/lib/http/pagination";
import { toUserRows, userRowSelect, type UserRow } from "./user-row";

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
    select: userRowSelect,
  });
  const page = toPage(rows, options.limit, (row) => ({ email: row.email }));
  return { ...page, items: await toUserRows(page.items) };
}
