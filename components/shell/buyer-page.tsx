import type { ReactNode } from "react";
import { cachedStoreProfile } from "@/lib/store/store-profile";

/**
 * The frame of a page a buyer opens from a message link: phone-first, headed by the store's name
 * (they ordered from the store, not from Packline), and either the page or why it cannot show.
 */
export async function BuyerPage({
  refusal,
  children,
}: {
  /** a sentence instead of the page: the link is unknown, expired or asked too often */
  refusal: string | null;
  children: ReactNode;
}) {
  const store = await cachedStoreProfile();
  return (
    <main className="mx-auto min-h-dvh max-w-lg bg-white px-4 py-6 sm:my-8 sm:rounded-2xl sm:shadow">
      <p className="text-lg font-extrabold tracking-tight text-brand-700">
        {store.name || "Packline"}
      </p>
      {refusal !== null ? (
        <p role="alert" className="mt-6 text-base text-slate-800">
          {refusal}
        </p>
      ) : (
        children
      )}
    </main>
  );
}
