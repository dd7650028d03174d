import type { Metadata } from "next";
import { headers } from "next/headers";
import { TrackForms } from "@/components/tracking/track-forms";
import { TrackingLive } from "@/components/tracking/tracking-live";
import { TrackingShell } from "@/components/tracking/tracking-shell";
import { AppError } from "@/lib/errors/app-error";
import { clientIp } from "@/lib/http/client-ip";
import { cachedStoreProfile } from "@/lib/store/store-profile";
import { lookUpTracking, orRefusal } from "@/lib/tracking/look-up-tracking";
import { TrackProblem } from "@/components/tracking/track-problem";

export const metadata: Metadata = { title: "Track your parcel" };

/**
 * Rendered whole on the server (status, timeline, items) so a slow phone can read it before the
 * script arrives; the live view then keeps it current.
 */
export default async function TrackAwbPage({ params }: { params: Promise<{ awb: string }> }) {
  const awb = decodeURIComponent((await params).awb).trim();
  const client = clientIp(await headers());
  const [store, tracking] = await Promise.all([
    cachedStoreProfile(),
    orRefusal(lookUpTracking({ awb, client })),
  ]);
  return (
    <TrackingShell store={store}>
      {tracking instanceof AppError ? (
        <>
          <TrackProblem
            title={
              tracking.code === "RATE_LIMITED"
                ? "Too many look-ups from your connection"
                : "We could not find this tracking number"
            }
          >
            {tracking.code === "RATE_LIMITED"
              ? "Please try again in a minute."
              : `Check the number "${awb}" in your SMS or email. New shipments can take a few minutes to appear.`}
          </TrackProblem>
          <h2 className="mt-6 font-semibold text-slate-900">Try another number</h2>
          <TrackForms awb={awb} />
        </>
      ) : (
        <TrackingLive initial={tracking} />
      )}
    </TrackingShell>
  );
}
