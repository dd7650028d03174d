import type { BuyerNdrView } from "@/lib/ndr/get-buyer-ndr";
import { formatNdrTime } from "@/lib/shipping/ndr-rules";

const STATUS_WORDS = {
  REQUESTED: "Sending to the courier…",
  ACCEPTED: "The courier accepted it",
  FAILED: "The courier did not accept it",
} as const;

/** What the buyer asked through their link, each with the courier's answer. */
export function FixDeliveryAnswers({ answers }: { answers: BuyerNdrView["answers"] }) {
  if (answers.length === 0) return null;
  return (
    <section aria-label="Your answer" className="mt-6 flex flex-col gap-3">
      <h2 className="text-lg font-bold text-slate-900">Your answer</h2>
      {answers.map((a) => (
        <div
          key={a.id}
          data-testid="buyer-answer"
          className="rounded-lg border border-slate-200 p-3"
        >
          <p className="font-semibold text-slate-900">
            {a.kind === "RTO"
              ? "Cancel the delivery and send the parcel back"
              : `Deliver again on ${a.date}`}
          </p>
          {/* Not the number or address itself: the link may be forwarded (see getBuyerNdr). */}
          {a.phone && (
            <p className="text-sm text-slate-700">New phone ending {a.phone.slice(-4)}</p>
          )}
          {a.address && <p className="text-sm text-slate-700">New address sent to the courier</p>}
          <p className="mt-1 text-sm text-slate-600">Asked {formatNdrTime(new Date(a.at))} IST</p>
          <p className="mt-1 text-sm font-semibold text-slate-800">
            {STATUS_WORDS[a.status]}
            {a.message ? `: “${a.message}”` : "."}
          </p>
        </div>
      ))}
    </section>
  );
}
