import { AppError } from "@/lib/errors/app-error";
import { dashboardPeriodQuery } from "@/lib/validation/shipping-dashboard";
import { getCourierPerformance, type CourierPerformance } from "./get-courier-performance";

/**
 * The screen's courier performance: a period that is not a valid one (no such day, backwards,
 * over a year) is reported in a sentence beside the form and the default period shown instead,
 * rather than failing the whole dashboard.
 */
export async function loadCourierPerformance(input: {
  from?: string;
  to?: string;
}): Promise<CourierPerformance & { error: string | null }> {
  const parsed = dashboardPeriodQuery.safeParse({
    from: input.from || undefined,
    to: input.to || undefined,
  });
  if (!parsed.success)
    return { ...(await getCourierPerformance({})), error: parsed.error.issues[0]!.message };
  try {
    return { ...(await getCourierPerformance(parsed.data)), error: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ...(await getCourierPerformance({})), error: error.message };
  }
}
