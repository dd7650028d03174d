import type { StoreProfile } from "@/lib/store/store-profile";
import { storeLogoSrc } from "@/lib/store/store-logo-src";

/** The customer's page: the store they bought from at the top, how to reach it at the bottom. */
export function TrackingShell({
  store,
  children,
}: {
  store: StoreProfile;
  children: React.ReactNode;
}) {
  const logo = storeLogoSrc(store);
  const link = "font-semibold text-brand-700 underline";
  return (
    <main className="mx-auto min-h-dvh max-w-lg bg-white px-4 py-6 sm:my-8 sm:rounded-2xl sm:shadow">
      <header className="flex items-center gap-3">
        {logo && (
          // a plain img: the logo may be on any https host, and an uploaded one is 48 KB at most
          // eslint-disable-next-line @next/next/no-img-element
          <img src={logo} alt="" className="h-10 w-auto max-w-32 object-contain" />
        )}
        <p className="text-lg font-extrabold tracking-tight text-brand-700">
          {store.name || "Track your parcel"}
        </p>
      </header>
      {children}
      {(store.supportEmail || store.supportPhone) && (
        <footer className="mt-8 border-t border-slate-200 pt-4 text-sm text-slate-700">
          <p className="font-semibold text-slate-900">Questions about your order?</p>
          {store.supportPhone && (
            <p>
              Call{" "}
              <a className={link} href={`tel:${store.supportPhone}`}>
                {store.supportPhone}
              </a>
            </p>
          )}
          {store.supportEmail && (
            <p>
              Write to{" "}
              <a className={link} href={`mailto:${store.supportEmail}`}>
                {store.supportEmail}
              </a>
            </p>
          )}
        </footer>
      )}
    </main>
  );
}
