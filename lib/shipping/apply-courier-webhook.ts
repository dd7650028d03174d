import type { NormalisedWebhook } from "@/lib/couriers/types";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { db, type Tx } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { replaceInvalidText } from "@/lib/validation/clean-text";
import { applyTrackingUpdateInTx } from "./apply-tracking-update";

/** How many claims a delivery gets before it is left FAILED for an admin to re-process. */
export const APPLY_TRIES = 8;

/**
 * The wait after a failed try: 10 s, 20 s, … 640 s after the seventh (the eighth fails for good),
 * 1,270 s in all, about 21 minutes over eight tries.
 */
export function applyRetryDelaySeconds(tries: number): number {
  return 10 * 2 ** Math.min(Math.max(tries - 1, 0), 7);
}

/** A stored delivery claimed for applying: its writes hold only while the claim is current. */
export interface CourierWebhookClaim {
  id: string;
  courier: CourierCode;
  /** the row's applyTries when it was claimed */
  tries: number;
}

export type ApplyOutcome = "PROCESSED" | "IGNORED" | "RETRYING" | "FAILED" | "SUPERSEDED";

/**
 * Applies a stored, verified courier delivery's updates (apply-tracking-update: scans stored
 * once, statuses only forward) and records the outcome on its row in the same transaction, only
 * while the row is still RECEIVED under this claim: a claim whose lease ran out and was taken
 * again rolls back and leaves the delivery to the claim that took it, so its effects commit
 * once. Updates are applied in AWB order, so two deliveries naming the same parcels lock their
 * shipments in the same order. Each parcel runs under its own savepoint: one that fails (a
 * Delhivery body carries several) is rolled back alone, the others commit with the failed try,
 * and the delivery is retried as a whole (re-applying a parcel is idempotent: scans are stored
 * once). The worker's drain and an admin's re-process go through here alike. A failure is
 * retried with backoff (the row stays RECEIVED, the error shown in the webhook log); after
 * APPLY_TRIES it is FAILED and an incident is raised. A database that cannot be reached
 * propagates: the claim's lease runs out and the row is claimed again.
 */
export async function applyCourierWebhook(
  claim: CourierWebhookClaim,
  events: NormalisedWebhook[],
): Promise<ApplyOutcome> {
  const updates = events
    .map((e) => e.update)
    .sort((a, b) => (a.awb < b.awb ? -1 : a.awb > b.awb ? 1 : 0));
  try {
    return await db.$transaction(
      async (tx) => {
        const notes: string[] = [];
        const failed: { awb: string; error: string }[] = [];
        for (const update of updates) {
          const applied = await applyParcel(tx, claim.courier, update);
          if ("error" in applied) failed.push({ awb: update.awb, error: applied.error });
          else notes.push(applied.note);
        }
        if (failed.length > 0) {
          const applied = notes.length > 0 ? `; applied: ${notes.join("; ")}` : "";
          const message = failed.map((f) => `${f.awb}: ${f.error}`).join("; ") + applied;
          const outcome = await recordFailedTry(claim, failed[0]!.awb, message, tx);
          if (outcome === "SUPERSEDED") throw new Superseded();
          return outcome;
        }
        const status = notes.some((n) => !n.endsWith("no such shipment")) ? "PROCESSED" : "IGNORED";
        const outcome = { status, error: notes.join("; "), processedAt: new Date() } as const;
        if (!(await settleClaim(claim, outcome, tx))) throw new Superseded();
        return status;
      },
      { timeout: 15_000 },
    );
  } catch (error) {
    if (error instanceof Superseded) return "SUPERSEDED";
    if (isDatabaseUnavailable(error)) throw error;
    return failTry(claim, events[0]?.update.awb ?? null, errorText(error));
  }
}

class Superseded extends Error {}

/** One parcel's update under a savepoint: a failure rolls back this parcel only. */
async function applyParcel(
  tx: Tx,
  courier: CourierCode,
  update: NormalisedWebhook["update"],
): Promise<{ note: string } | { error: string }> {
  await tx.$executeRaw`SAVEPOINT parcel`;
  try {
    const result = await applyTrackingUpdateInTx(tx, { courier, update, source: "webhook" });
    await tx.$executeRaw`RELEASE SAVEPOINT parcel`;
    const recreated = result.recreatedFrom ? ` (re-created, was ${result.recreatedFrom})` : "";
    return {
      note: result.found
        ? `${update.awb}${recreated}: ${result.from} → ${result.status}`
        : `${update.awb}: no such shipment`,
    };
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT parcel`;
    return { error: errorText(error) };
  }
}

export const errorText = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/**
 * Records a failed try under the claim: RECEIVED with a backoff, or after the last try FAILED
 * with an incident, the two in one transaction so a FAILED row always has its incident.
 */
export function failTry(
  claim: CourierWebhookClaim,
  awb: string | null,
  message: string,
): Promise<ApplyOutcome> {
  return db.$transaction((tx) => recordFailedTry(claim, awb, message, tx));
}

async function recordFailedTry(
  claim: CourierWebhookClaim,
  awb: string | null,
  message: string,
  tx: Tx,
): Promise<ApplyOutcome> {
  log.error("courier webhook could not be applied", { ...claim, error: message });
  if (claim.tries < APPLY_TRIES) {
    const delay = applyRetryDelaySeconds(claim.tries);
    const error = `Try ${claim.tries} of ${APPLY_TRIES} failed, retrying in ${delay} s: ${message}`;
    const applyAfter = new Date(Date.now() + delay * 1000);
    const retrying = await settleClaim(claim, { status: "RECEIVED", error, applyAfter }, tx);
    return retrying ? "RETRYING" : "SUPERSEDED";
  }
  const error = `Failed ${APPLY_TRIES} times: ${message}`;
  if (!(await settleClaim(claim, { status: "FAILED", error, processedAt: new Date() }, tx)))
    return "SUPERSEDED";
  await raiseApplyIncident(claim, awb, message, tx);
  return "FAILED";
}

/** The incident for ops when a delivery is left FAILED: part of the caller's transaction. */
export async function raiseApplyIncident(
  claim: Pick<CourierWebhookClaim, "id" | "courier">,
  awb: string | null,
  message: string,
  tx: Tx,
): Promise<void> {
  await createIncident(
    {
      category: "DELIVERY",
      severity: "MEDIUM",
      stage: `${claim.courier.toLowerCase()}-webhook`,
      title: `A ${claim.courier} tracking update could not be applied: ${message.slice(0, 200)}`,
      context: { webhookEventId: claim.id, awb },
    },
    tx,
  );
}

/** Writes the outcome only while the row is RECEIVED under this claim; false if it was not. */
export async function settleClaim(
  claim: CourierWebhookClaim,
  data: { status: "PROCESSED" | "IGNORED" | "RECEIVED" | "FAILED"; error: string } & {
    processedAt?: Date;
    applyAfter?: Date;
  },
  client: Tx = db,
): Promise<boolean> {
  const { count } = await client.webhookEvent.updateMany({
    where: { id: claim.id, status: "RECEIVED", applyTries: claim.tries },
    data: { ...data, error: replaceInvalidText(data.error.slice(0, 1000)) },
  });
  return count === 1;
}
