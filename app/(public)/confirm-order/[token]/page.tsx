import type { Metadata } from "next";
import { headers } from "next/headers";
import { BuyerAnswer } from "@/components/cod-confirmation/buyer-answer";
import { getBuyerConfirmation, limitedByClient } from "@/lib/cod-confirmation/buyer-confirmation";
import { AppError } from "@/lib/errors/app-error";
import { clientIp } from "@/lib/http/client-ip";
import { cachedStoreProfile } from "@/lib/store/store-profile";

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
  const store = await cachedStoreProfile();
  const client = clientIp(await headers());
  const view = await limitedByClient(client, () => getBuyerConfirmation(token)).catch(
    (error: unknown) => {
      if (error instanceof AppError && ["NOT_FOUND", "RATE_LIMITED"].includes(error.code))
        return error.message;
      throw error;
    },
  );
  return (
    <main className="mx-auto min-h-dvh max-w-lg bg-white px-4 py-6 sm:my-8 sm:rounded-2xl sm:shadow">
      <p className="text-lg font-extrabold tracking-tight text-brand-700">
        {store.name || "Packline"}
      </p>
      {typeof view === "string" ? (
        <p role="alert" className="mt-6 text-base text-slate-800">
          {view}
        </p>
      ) : (
        <BuyerAnswer
          token={token}
          view={view}
          leaning={answer === "cancel" ? "CANCEL" : "CONFIRM"}
        />
      )}
    </main>
  );
}
