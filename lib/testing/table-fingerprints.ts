import { db } from "@/lib/db";

/**
 * A fingerprint of every table in the public schema (row count and an md5 of all rows), so a
 * test can say exactly which tables a run of requests changed. Small test databases only.
 */
export async function tableFingerprints(
  exclude: readonly string[] = [],
): Promise<Map<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const prints = new Map<string, string>();
  for (const { name } of tables) {
    if (exclude.includes(name)) continue;
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ print: string }[]>(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS print
       FROM ${quoted} t`,
    );
    prints.set(name, row!.print);
  }
  return prints;
}

/** The tables whose fingerprint differs between two snapshots. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
