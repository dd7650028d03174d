import type { Metadata } from "next";
import { SwrProvider } from "@/components/providers/swr-provider";
import { TrackingView } from "@/components/tracking/tracking-view";

export const metadata: Metadata = { title: "Track your parcel" };

export default async function TrackPage({ params }: { params: Promise<{ awb: string }> }) {
  const { awb } = await params;
  return (
    <SwrProvider>
      <main className="mx-auto min-h-dvh max-w-lg bg-white px-4 py-6 sm:my-8 sm:rounded-2xl sm:shadow">
        <p className="text-lg font-extrabold tracking-tight text-brand-700">Packline</p>
        <TrackingView awb={decodeURIComponent(awb)} />
      </main>
    </SwrProvider>
  );
}
