import { purgeEndedSessions } from "@/lib/auth/purge-ended-sessions";
import { SECURITY_PURGE_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { log } from "@/lib/observability/logger";
import { purgeExpiredRateLimits } from "./purge-expired-rate-limits";

/**
 * Every 10 minutes: rate-limit rows only matter inside their window, and a flood of look-ups
 * from many addresses leaves one row per address behind, so the table is kept to live windows.
 */
export const securityPurgeJob = defineJob({
  name: SECURITY_PURGE_JOB,
  cron: "*/10 * * * *",
  async handle() {
    const rateLimits = await purgeExpiredRateLimits();
    const sessions = await purgeEndedSessions();
    if (rateLimits || sessions) log.info("security purge", { rateLimits, sessions });
  },
});
