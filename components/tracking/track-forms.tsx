const INPUT =
  "min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus:border-brand-600";
const LABEL = "block text-sm font-semibold text-slate-700";
const BUTTON = "min-h-12 w-full rounded-lg bg-brand-600 px-4 font-semibold text-white";

/**
 * The two ways a customer finds their parcel, as plain GET forms to /track: they work before the
 * page's script loads, or without it.
 */
export function TrackForms({ awb = "", orderNumber = "" }: { awb?: string; orderNumber?: string }) {
  return (
    <div className="mt-4 space-y-6">
      <form
        method="get"
        action="/track"
        className="space-y-2"
        aria-label="Track by tracking number"
      >
        <label htmlFor="track-awb" className={LABEL}>
          Tracking number (AWB)
        </label>
        <input
          id="track-awb"
          name="awb"
          defaultValue={awb}
          required
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          className={INPUT}
        />
        <button type="submit" className={BUTTON}>
          Track parcel
        </button>
      </form>
      <p className="text-center text-sm text-slate-500">or</p>
      <form method="get" action="/track" className="space-y-2" aria-label="Track by order number">
        <label htmlFor="track-order" className={LABEL}>
          Order number
        </label>
        <input
          id="track-order"
          name="order"
          defaultValue={orderNumber}
          required
          autoComplete="off"
          className={INPUT}
        />
        <label htmlFor="track-phone" className={LABEL}>
          Phone number used for the order
        </label>
        <input
          id="track-phone"
          name="phone"
          type="tel"
          inputMode="tel"
          required
          autoComplete="tel"
          className={INPUT}
        />
        <button type="submit" className={BUTTON}>
          Find my order
        </button>
      </form>
    </div>
  );
}
