import type { WaveStatus } from "@/lib/generated/prisma/enums";

/** A wave is open from release until all its orders have left the floor or it is cancelled. */
export const OPEN_WAVE_STATUSES: WaveStatus[] = ["RELEASED", "PICKING", "PICKED"];
