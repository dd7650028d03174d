import { db } from "@/lib/db";
import type { OrderActor, TransitionResult } from "./transition-order";
import { transitionOrder } from "./transition-order";
import { requireFulfilment } from "./require-fulfilment";

export interface MarkOrderProcessingInput {
  orderId: string;
  expectedVersion: number;
  actor: OrderActor;
}

/** Ops takes a placed order into fulfilment (it joins the pick list). */
export async function markOrderProcessing(
  input: MarkOrderProcessingInput,
): Promise<TransitionResult> {
  await requireFulfilment();
  return db.$transaction((tx) =>
    transitionOrder(tx, {
      orderId: input.orderId,
      to: "PROCESSING",
      actor: input.actor,
      expectedVersion: input.expectedVersion,
    }),
  );
}
