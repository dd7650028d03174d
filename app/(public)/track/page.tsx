import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { TrackForms } from "@/components/tracking/track-forms";
import { TrackProblem } from "@/components/tracking/track-problem";
import { TrackingShell } from "@/components/tracking/tracking-shell";
import { AppError } from "@/lib/errors/app-error";
import { clientIp } from "@/lib/http/client-ip";
import { cachedStoreProfile } from "@/lib/store/store-profile";
import { lookUpOrderTracking, orRefusal } from "@/lib/tracking/look-up-tracking";
import { AWB_PATTERN, trackQuery } from "@/lib/validation/track-query";

export const metadata: Metadata = { title: "Track your parcel" };

type Problem = { title: string; text: string } | null;

/**
 * The way in for a customer without a link: a tracking number goes to its page; an order number
 * with its phone is looked up (rate-limited like every look-up) and, once shipped, goes to the
 * parcel's page, so the phone does not stay in the address.
 */
export default async function TrackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = trackQuery.parse(await searchParams);
  let problem: Problem = null;
  if (query.awb) {
    if (AWB_PATTERN.test(query.awb)) redirect(`/track/${encodeURIComponent(query.awb)}`);
    problem = {
      title: "That does not look like a tracking number",
      text: "A tracking number has 6 to 40 letters and digits. Copy it from your SMS or email.",
    };
  } else if (query.order && query.phone) {
    problem = await findOrder(query.order, query.phone);
  }
  const store = await cachedStoreProfile();
  return (
    <TrackingShell store={store}>
      {problem ? (
        <TrackProblem title={problem.title}>{problem.text}</TrackProblem>
      ) : (
        <h1 className="mt-6 text-2xl font-bold text-slate-900">Where is my parcel?</h1>
      )}
      <TrackForms awb={query.awb} orderNumber={query.order} />
    </TrackingShell>
  );
}

async function findOrder(orderNumber: string, phone: string): Promise<Problem> {
  const client = clientIp(await headers());
  const found = await orRefusal(lookUpOrderTracking({ orderNumber, phone, client }));
  if (found instanceof AppError) {
    const limited = found.code === "RATE_LIMITED";
    return { title: limited ? "Too many look-ups" : "Order not found", text: found.message };
  }
  if (found.awb) redirect(`/track/${encodeURIComponent(found.awb)}`);
  return {
    title: `Order ${found.orderNumber} is being prepared`,
    text: "It has not been handed to a courier yet. Its tracking number appears here once it ships.",
  };
}
