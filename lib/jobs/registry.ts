import type PgBoss from "pg-boss";

/**
 * A background job: its queue name, optional cron schedule (UTC) and handler. Retry and expiry
 * are the queue's (lib/jobs/queue-settings.ts). `job.id` and `job.retryCount` identify the
 * attempt: the same id comes back when the job is retried.
 */
export interface JobDefinition<T extends object = object> {
  name: string;
  cron?: string;
  handle(data: T, job: PgBoss.JobWithMetadata<T>): Promise<void>;
}

export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}
