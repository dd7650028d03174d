import { z } from "zod";
import { REGISTER_PICKUP_LOCATION_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { registerPickupLocation } from "./register-pickup-location";

const dataSchema = z.object({
  registrationId: z.string().min(1),
  attempt: z.number().int().min(1),
});

/** One courier registration of one location (queue-registrations.ts queues it). */
export const registerPickupLocationJob = defineJob<z.input<typeof dataSchema>>({
  name: REGISTER_PICKUP_LOCATION_JOB,
  async handle(data) {
    await registerPickupLocation(dataSchema.parse(data));
  },
});
