/** The courier-performance period: a plain GET form, so it works before any script runs. */
export function PeriodForm(props: { from: string; to: string; error: string | null }) {
  return (
    <form method="get" action="/shipping" className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block text-slate-600">From</span>
        <input
          type="date"
          name="from"
          defaultValue={props.from}
          className="min-h-11 rounded-lg border border-slate-300 px-2"
        />
      </label>
      <label className="text-sm">
        <span className="block text-slate-600">To</span>
        <input
          type="date"
          name="to"
          defaultValue={props.to}
          className="min-h-11 rounded-lg border border-slate-300 px-2"
        />
      </label>
      <button
        type="submit"
        className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white"
      >
        Show
      </button>
      {props.error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </form>
  );
}
