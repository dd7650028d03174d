import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { findInvalidText } from "@/lib/validation/clean-text";

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

/** A sort-key value in a cursor: dates must be real instants, strings short and clean. */
export const cursorKey = {
  instant: z.iso.datetime(),
  text: z.string().max(200),
} as const;

/**
 * Reads a cursor made by encodeCursor. Anything else (edited, truncated, from another list) is a
 * 400 that says to start over: the shape is strict, so no unchecked value reaches a query.
 */
export function decodeCursor<S extends z.ZodType>(cursor: string | undefined, shape: S) {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (findInvalidText(value) !== null) throw new Error("invalid text in cursor");
    return shape.parse(value) as z.infer<S>;
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
