import { SETTLE_BOOKINGS_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { failOrphanedBulkItems } from "./bulk-booking/fail-orphaned-bulk-items";
import { settleAbandonedBookings } from "./settle-abandoned-bookings";

/**
 * Every 5 minutes, one run at a time: bookings of cancelled orders that nobody is finishing, and
 * bulk booking items whose job ended without recording an outcome.
 */
export const settleAbandonedBookingsJob = defineJob({
  name: SETTLE_BOOKINGS_JOB,
  cron: "*/5 * * * *",
  async handle() {
    await settleAbandonedBookings();
    await failOrphanedBulkItems();
  },
});
