import { db } from "@/lib/db";

/** How a job ended: pg-boss's final states, or "gone" once it is no longer kept at all. */
export interface EndedJob {
  state: "completed" | "cancelled" | "failed" | "gone";
  /** the error its last run failed with, as stored (pg-boss nests its own expiry's under value) */
  error: string | null;
}

/**
 * Which of these jobs of `queue` have ended, and how: every id not in the map is still waiting,
 * due for a retry or running. Reads pg-boss 10's own tables (the live `job` table, then the
 * `archive` it moves ended jobs to) as settle-attempt.ts does; a job found in neither was deleted
 * (pg-boss drops archived jobs after its retention), which ends it too.
 */
export async function endedJobs(queue: string, ids: string[]): Promise<Map<string, EndedJob>> {
  const ended = new Map<string, EndedJob>();
  if (ids.length === 0) return ended;
  const rows = await db.$queryRaw<{ id: string; state: string; error: string | null }[]>`
    SELECT id::text, state::text, COALESCE(output->>'message', output->'value'->>'message') AS error FROM pgboss.job
    WHERE name = ${queue} AND id = ANY(${ids}::uuid[])
    UNION ALL
    SELECT id::text, state::text, COALESCE(output->>'message', output->'value'->>'message') AS error FROM pgboss.archive
    WHERE name = ${queue} AND id = ANY(${ids}::uuid[])`;
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.id);
    if (row.state === "completed" || row.state === "cancelled" || row.state === "failed")
      ended.set(row.id, { state: row.state, error: row.error });
  }
  for (const id of ids) if (!seen.has(id)) ended.set(id, { state: "gone", error: null });
  return ended;
}
