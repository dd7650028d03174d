import type { Tx } from "@/lib/db";

export interface RecordDeliveryPromiseInput {
  shipmentId: string;
  /** the promise the shipment holds now (set at booking or by an earlier update) */
  held: Date | null;
  /** when the held promise was made, when it has no history row yet: the booking */
  heldSince: Date;
  /** the courier's promise in this message */
  stated: Date | null;
  source: string;
  now: Date;
}

/**
 * Keeps every delivery promise a courier made for a shipment: a stated promise that differs from
 * the held one is a change, recorded with when Packline learned it. The first change also
 * records the promise held since booking (the booking does not write history itself), so the
 * first row is always the first promise and "running late" is a comparison with it. Runs under
 * the shipment's row lock (apply-tracking-update), so two messages cannot both record a change.
 * The first change also sets the shipment's firstPromisedAt, which the dashboard reads instead of
 * this history. Returns whether the promise changed.
 */
export async function recordDeliveryPromise(
  tx: Tx,
  input: RecordDeliveryPromiseInput,
): Promise<boolean> {
  const { shipmentId, held, stated } = input;
  if (!stated || Number.isNaN(stated.getTime()) || held?.getTime() === stated.getTime())
    return false;
  const known = await tx.shipmentPromise.count({ where: { shipmentId } });
  await tx.shipmentPromise.createMany({
    data: [
      ...(known === 0 && held
        ? [{ shipmentId, expectedDeliveryAt: held, recordedAt: input.heldSince, source: "booking" }]
        : []),
      { shipmentId, expectedDeliveryAt: stated, recordedAt: input.now, source: input.source },
    ],
  });
  if (known === 0)
    await tx.shipment.update({
      where: { id: shipmentId },
      data: { firstPromisedAt: held ?? stated },
      select: { id: true },
    });
  return true;
}
