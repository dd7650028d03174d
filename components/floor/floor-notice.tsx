import type { Notice } from "./floor-messages";
import type { RejectedAction } from "./pick-queue";

const tones = {
  ok: "bg-emerald-50 text-emerald-950 ring-emerald-500",
  warn: "bg-amber-50 text-amber-950 ring-amber-500",
  error: "bg-red-50 text-red-950 ring-red-600",
};

/** The last thing that happened, big enough to read at arm's length, with Undo where it applies. */
export function FloorNotice({
  notice,
  onUndo,
  onClose,
  undoing,
}: {
  notice: Notice | null;
  onUndo: () => void;
  onClose: () => void;
  undoing: boolean;
}) {
  if (!notice) return null;
  return (
    <div
      role={notice.tone === "error" ? "alert" : "status"}
      className={`flex flex-wrap items-center gap-3 rounded-xl px-4 py-3 text-lg font-semibold ring-2 ${tones[notice.tone]}`}
    >
      <p className="min-w-0 flex-1">{notice.text}</p>
      {notice.undo && (
        <button
          type="button"
          onClick={onUndo}
          disabled={undoing}
          className="min-h-12 rounded-lg bg-slate-900 px-5 text-white disabled:opacity-60"
        >
          Undo
        </button>
      )}
      <button
        type="button"
        onClick={onClose}
        aria-label="Dismiss message"
        className="min-h-12 min-w-12 rounded-lg text-2xl leading-none ring-1 ring-current/30"
      >
        ×
      </button>
    </div>
  );
}

/** Offline picks and shorts the server refused on replay: shown until the picker has seen each one. */
export function RejectedPicks({
  picks,
  onDismiss,
}: {
  picks: RejectedAction[];
  onDismiss: (clientEventId: string) => void;
}) {
  if (picks.length === 0) return null;
  return (
    <section
      role="alert"
      aria-label="Picks not counted"
      className="rounded-xl bg-red-50 p-4 ring-2 ring-red-600"
    >
      <h2 className="text-lg font-bold text-red-950">
        {picks.length === 1
          ? "1 offline action was not counted"
          : `${picks.length} offline actions were not counted`}
      </h2>
      <ul className="mt-2 space-y-2">
        {picks.map((p) => (
          <li
            key={p.clientEventId}
            className="flex flex-wrap items-center gap-3 text-base text-red-950"
          >
            <span className="min-w-0 flex-1">
              <strong>
                {p.kind === "short" ? "Not in stock: " : "Pick: "}
                {p.qty} × {p.title}
              </strong>{" "}
              ({p.code}): {p.reason}
            </span>
            <button
              type="button"
              onClick={() => onDismiss(p.clientEventId)}
              className="min-h-12 rounded-lg bg-red-700 px-4 font-semibold text-white"
            >
              Seen it
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
