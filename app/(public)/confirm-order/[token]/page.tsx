import type { Metadata } from "next";
import { headers } from "next/headers";
import { BuyerAnswer } from "@/components/cod-confirmation/buyer-answer";
import { BuyerPage } from "@/components/shell/buyer-page";
import { getBuyerConfirmation, limitedByClient } from "@/lib/cod-confirmation/buyer-confirmation";
import { AppError } from "@/lib/errors/app-error";
import { clientIp } from "@/lib/http/client-ip";

export const metadata: Metadata = { title: "Confirm your order", robots: "noindex" };
export const dynamic = "force-dynamic";

/**
 * The buyer's page from the link in their COD confirmation message. Opening it only shows the
 * order (link previewers open links too); the buyer's tap posts the answer.
 */
export default async function ConfirmOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ answer?: string }>;
}) {
  const [{ token }, { answer }] = await Promise.all([params, searchParams]);
  const client = clientIp(await headers());
  const view = await limitedByClient(client, () => getBuyerConfirmation(token)).catch(
    (error: unknown) => {
      if (error instanceof AppError && ["NOT_FOUND", "RATE_LIMITED"].includes(error.code))
        return error.message;
      throw error;
    },
  );
  return (
    <BuyerPage refusal={typeof view === "string" ? view : null}>
      {typeof view !== "string" && (
        <BuyerAnswer
          token={token}
          view={view}
          leaning={answer === "cancel" ? "CANCEL" : "CONFIRM"}
        />
      )}
    </BuyerPage>
  );
}
