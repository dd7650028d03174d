import type PgBoss from "pg-boss";

/** A background job: its queue name, optional cron schedule (UTC) and handler. */
export interface JobDefinition<T extends object = object> {
  name: string;
  cron?: string;
  options?: PgBoss.WorkOptions;
  queue?: PgBoss.Queue;
  handle(data: T, job: PgBoss.Job<T>): Promise<void>;
}

export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}
