export function SyncBadge({
  waiting,
  online,
  onRetry,
}: {
  waiting: number;
  online: boolean;
  onRetry: () => void;
}) {
  if (waiting === 0 && online) return null;
  return (
    <div
      role="status"
      className="flex min-h-12 flex-wrap items-center gap-3 rounded-xl bg-amber-100 px-4 py-2 text-base font-semibold text-amber-950 ring-2 ring-amber-400"
    >
      {!online && <span>Offline.</span>}
      {waiting > 0 ? (
        <span>
          {waiting} {waiting === 1 ? "pick" : "picks"} waiting to sync
        </span>
      ) : (
        <span>Picks are saved on this tablet until the network is back.</span>
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
