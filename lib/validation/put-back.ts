import { z } from "./zod";

// Put-back tasks: units of cancelled orders going back to their bins.
export const putBackTaskParams = z.object({ id: z.string().trim().min(1).max(64) });

export const putBackListQuery = z.object({
  status: z.enum(["OPEN", "DONE"]).default("OPEN"),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
