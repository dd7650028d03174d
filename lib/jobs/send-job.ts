import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { queue } from "./boss";
import { bossInTransaction } from "./boss-transaction";
import { queueSettings } from "./queue-settings";

const created = new Set<string>();

/**
 * Sends a job from a web process. Creates the queue first (idempotent, with its settings from
 * queue-settings.ts) so a send works before any worker has started. With `tx`, the job is
 * inserted through that Prisma transaction: it exists if and only if the transaction commits.
 * Retry and expiry are the queue's: senders choose only what to run and when.
 */
export async function sendJob(
  name: string,
  data: object,
  options: Pick<PgBoss.SendOptions, "singletonKey" | "startAfter" | "priority"> & { tx?: Tx } = {},
): Promise<string | null> {
  const { tx, ...sendOptions } = options;
  const boss = await queueFor(name);
  return boss.send(name, data, { ...sendOptions, ...(tx ? { db: bossInTransaction(tx) } : {}) });
}

/**
 * Sends one job per entry in one statement, through `tx` like sendJob. An entry may bring its
 * own job `id` (a UUID), so the sender can store which job works on what.
 */
export async function sendJobs(
  name: string,
  jobs: { id?: string; data: object }[],
  options: { tx: Tx },
): Promise<void> {
  if (jobs.length === 0) return;
  const boss = await queueFor(name);
  await boss.insert(
    jobs.map((job) => ({ name, ...job })),
    { db: bossInTransaction(options.tx) },
  );
}

async function queueFor(name: string): Promise<PgBoss> {
  const boss = await queue();
  if (!created.has(name)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, queueSettings(name));
    created.add(name);
  }
  return boss;
}
