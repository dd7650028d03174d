import type { ConfirmationAnswer } from "@/lib/validation/cod-confirmation";
import {
  getBuyerConfirmation,
  limitedByClient,
  type BuyerConfirmationView,
} from "./buyer-confirmation";
import { orderOfConfirmationToken } from "./confirmation-link";
import { recordConfirmationAnswer } from "./record-answer";

/**
 * The buyer tapped Confirm or Cancel on the page from their link (POST; opening the link never
 * answers). Counts once: a second tap, or a tap after ops decided, changes nothing and the page
 * shows the answer that stands.
 */
export async function answerByLink(input: {
  token: string;
  answer: ConfirmationAnswer;
  client: string;
  now?: Date;
}): Promise<BuyerConfirmationView & { applied: boolean }> {
  const now = input.now ?? new Date();
  return limitedByClient(input.client, async () => {
    const orderId = orderOfConfirmationToken(input.token, now);
    const { applied } = await recordConfirmationAnswer({
      orderId,
      answer: input.answer,
      via: "LINK",
      actor: { label: "buyer" },
      now,
    });
    return { ...(await getBuyerConfirmation(input.token, now)), applied };
  });
}
