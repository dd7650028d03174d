import { age } from "./age";

/** Offline, the age of the list on screen, and what is waiting on this tablet to be sent. */
export function SyncBadge({
  waiting,
  online,
  savedAt,
  now,
  onRetry,
}: {
  waiting: number;
  online: boolean;
  /** set when the list on screen is the copy this tablet kept, not a fresh answer */
  savedAt: string | undefined;
  now: number;
  onRetry: () => void;
}) {
  if (waiting === 0 && online && !savedAt) return null;
  return (
    <div
      role="status"
      className="flex min-h-12 flex-wrap items-center gap-x-3 gap-y-1 rounded-xl bg-amber-100 px-4 py-2 text-base font-semibold text-amber-950 ring-2 ring-amber-400"
    >
      {!online && <span>Offline.</span>}
      {savedAt && (
        <span>
          Showing the list saved on this tablet{" "}
          {Date.parse(savedAt) > now - 60_000 ? "just now" : `${age(savedAt, now)} ago`}
          <span className="sr-only"> (offline copy)</span>.
        </span>
      )}
      {waiting > 0 ? (
        <span>
          {waiting} {waiting === 1 ? "action" : "actions"} waiting to sync
        </span>
      ) : (
        !online && <span>Picks and shorts are saved on this tablet until the network is back.</span>
      )}
      {waiting > 0 && online && (
        <button
          type="button"
          onClick={onRetry}
          className="ml-auto min-h-12 rounded-lg bg-amber-900 px-4 text-white"
        >
          Sync now
        </button>
      )}
    </div>
  );
}
