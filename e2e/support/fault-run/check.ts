import type pg from "pg";

/** One invariant checked after the run: what it says, whether it held, and the figures behind it. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });

export async function rows<T>(db: pg.Pool, sql: string, values: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, values)).rows as T[];
}

/** A list for a failure message: the first few, and how many there were. */
export function some(items: unknown[], max = 5): string {
  const shown = items.slice(0, max).map((i) => (typeof i === "string" ? i : JSON.stringify(i)));
  return items.length > max ? `${shown.join("; ")} … (${items.length} in all)` : shown.join("; ");
}
