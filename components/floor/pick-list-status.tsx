import type { UseInfiniteQueryResult } from "@tanstack/react-query";

/** The list is not there yet: loading, offline with nothing kept on this tablet, or failed. */
export function PickListStatus({
  list,
}: {
  list: Pick<
    UseInfiniteQueryResult<unknown, Error>,
    "isPending" | "fetchStatus" | "error" | "refetch"
  >;
}) {
  if (list.isPending) {
    return (
      <p role="status" className="py-12 text-center text-xl text-slate-600">
        {list.fetchStatus === "paused"
          ? "Offline, and this tablet has no pick list saved yet. It loads when the network is back."
          : "Loading the pick list…"}
      </p>
    );
  }
  return (
    <div role="alert" className="rounded-xl bg-red-50 p-6 text-lg text-red-950 ring-2 ring-red-600">
      The pick list could not be loaded: {list.error?.message}{" "}
      <button
        type="button"
        onClick={() => void list.refetch()}
        className="ml-2 min-h-12 rounded-lg bg-red-700 px-4 font-semibold text-white"
      >
        Try again
      </button>
    </div>
  );
}
