import type { Metadata } from "next";
import { BuyerPage } from "@/components/shell/buyer-page";
import { FixDeliveryAnswers } from "@/components/ndr/fix-delivery-answers";
import { FixDeliveryForm } from "@/components/ndr/fix-delivery-form";
import { AppError } from "@/lib/errors/app-error";
import { getBuyerNdr } from "@/lib/ndr/get-buyer-ndr";
import { formatNdrTime } from "@/lib/shipping/ndr-rules";

export const metadata: Metadata = { title: "Fix your delivery", robots: "noindex" };
export const dynamic = "force-dynamic";

/** The buyer's page from the link in their failed-delivery message; the token is the secret. */
export default async function FixDeliveryPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getBuyerNdr(token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return error.message;
    throw error;
  });
  return (
    <BuyerPage refusal={typeof view === "string" ? view : null}>
      {typeof view !== "string" && (
        <>
          <h1 className="mt-4 text-2xl font-bold text-slate-900">
            {view.firstName ? `${view.firstName}, we` : "We"} missed you
          </h1>
          <p className="mt-2 text-slate-700">
            The courier could not deliver order {view.orderNumber} to {view.city} ({view.pincode})
            {view.failedAt ? ` on ${formatNdrTime(new Date(view.failedAt))}` : ""}.
            {view.reason ? ` They said: “${view.reason}”.` : ""}
          </p>
          <ul className="mt-3 rounded-lg bg-slate-50 p-3 text-sm text-slate-700" aria-label="Items">
            {view.items.map((item) => (
              <li key={item.title}>
                {item.qty} × {item.title}
              </li>
            ))}
          </ul>
          {view.cod !== null && (
            <p className="mt-2 text-sm text-slate-700">
              Pay ₹{(view.cod / 100).toLocaleString("en-IN")} in cash at delivery.
            </p>
          )}
          <FixDeliveryAnswers answers={view.answers} />
          {view.blocked ? (
            <p role="status" className="mt-6 rounded-lg bg-amber-50 p-3 text-slate-800">
              {view.blocked}
            </p>
          ) : (
            <FixDeliveryForm token={token} view={view} />
          )}
        </>
      )}
    </BuyerPage>
  );
}
