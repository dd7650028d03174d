import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { queue } from "./boss";

const created = new Set<string>();

/**
 * Sends a job from a web process. Creates the queue first (idempotent) so a send works before
 * any worker has started. With `tx`, the job is inserted through that Prisma transaction: it
 * exists if and only if the transaction commits.
 */
export async function sendJob(
  name: string,
  data: object,
  options: PgBoss.SendOptions & { tx?: Tx; queue?: Omit<PgBoss.Queue, "name"> } = {},
): Promise<string | null> {
  const { tx, queue: queueOptions, ...sendOptions } = options;
  const boss = await queue();
  if (!created.has(name)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...queueOptions });
    created.add(name);
  }
  const db: PgBoss.Db | undefined = tx && {
    executeSql: async (text, values) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values as unknown[])),
    }),
  };
  return boss.send(name, data, { ...sendOptions, ...(db ? { db } : {}) });
}
