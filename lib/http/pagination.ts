import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

// Opaque keyset cursors: base64url JSON of the sort key of the last row returned.
export const pageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(cursor: string | undefined, shape: S) {
  if (!cursor) return undefined;
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))) as z.infer<S>;
  } catch {
    throw new AppError(
      "BAD_REQUEST",
      "The page cursor is invalid; start again from the first page.",
    );
  }
}

/** Takes `limit + 1` rows and turns them into a page with the next cursor. */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => Record<string, string | number>,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
