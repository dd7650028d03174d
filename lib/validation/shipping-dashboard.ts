import { calendarDay } from "./calendar-day";
import { z } from "./zod";

/** The dashboard's period: IST calendar days, both optional (the last 30 days by default). */
export const dashboardPeriodQuery = z.object({
  from: calendarDay.optional(),
  to: calendarDay.optional(),
});
