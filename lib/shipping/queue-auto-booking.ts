import type { Tx } from "@/lib/db";
import { FLAGS, isFeatureEnabled } from "@/lib/flags/is-feature-enabled";
import { BOOK_SHIPMENT_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";

/**
 * With auto-booking on (feature.shipping.auto_book), a packed order's booking is queued in the
 * packing transaction: the job exists if and only if the order is Packed, and the packer's
 * click never waits for the courier.
 */
export async function queueAutoBooking(tx: Tx, orderId: string): Promise<boolean> {
  if (!(await isFeatureEnabled(FLAGS.autoBook))) return false;
  await sendJob(BOOK_SHIPMENT_JOB, { orderId }, { tx, singletonKey: `book:${orderId}:packed` });
  return true;
}
