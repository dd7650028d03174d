import { z } from "zod";
import { DISPATCH_HANDOVER_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { loadHandoverForManifest } from "./handover-parcels";
import { manifestHandover, retryRefusedManifest } from "./manifest-handover";
import { scheduleHandoverPickup } from "./schedule-handover-pickup";

const handoverJobSchema = z.object({
  handoverId: z.string().min(1),
  /** close: the pickup, then the manifests; pickup: a pickup asked for again after a refusal */
  step: z.enum(["close", "pickup"]),
});

export type HandoverJobData = z.input<typeof handoverJobSchema>;

/**
 * A closed handover's courier work. The pickup comes first: Shiprocket generates a manifest only
 * for shipments whose pickup is requested. Each step records once (conditional writes), so a
 * retry after a transient courier failure, or a run whose worker died, repeats only what is
 * missing.
 */
export const handoverJob = defineJob<HandoverJobData>({
  name: DISPATCH_HANDOVER_JOB,
  async handle(data) {
    const input = handoverJobSchema.parse(data);
    const handover = await loadHandoverForManifest(input.handoverId);
    if (!handover) return;
    await scheduleHandoverPickup(handover);
    if (input.step === "close") await manifestHandover(input.handoverId);
    else await retryRefusedManifest(input.handoverId);
  },
});
