import type { PublicTracking } from "@/lib/tracking/get-public-tracking";
import { statusLabel } from "@/lib/tracking/status-words";

const ist = new Intl.DateTimeFormat("en-IN", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Kolkata",
});
const istDate = new Intl.DateTimeFormat("en-IN", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "Asia/Kolkata",
});
const rupees = new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" });

/** One parcel as its customer reads it; rendered on the server first, then by the live view. */
export function TrackingDetails({ data }: { data: PublicTracking }) {
  return (
    <section className="mt-4">
      <p className="text-sm text-slate-500">
        Order {data.orderNumber} · AWB {data.awb}
      </p>
      <h1 className="mt-1 text-2xl font-bold text-slate-900">{statusLabel(data.status)}</h1>
      {data.expectedDeliveryAt && !data.deliveredAt && (
        <p className="mt-1 text-slate-700">
          Expected by {istDate.format(new Date(data.expectedDeliveryAt))}
          {data.firstPromisedAt && (
            <span className="mt-1 block text-sm font-semibold text-amber-800">
              Running late: first expected by {istDate.format(new Date(data.firstPromisedAt))}
            </span>
          )}
        </p>
      )}
      {data.status === "NDR" && data.deliveryAttempts !== null && (
        <p className="mt-1 text-sm text-slate-700">
          Delivery attempts so far: {data.deliveryAttempts}
        </p>
      )}
      <p className="text-sm text-slate-500">
        For {data.recipient} · to {data.destination}
      </p>
      {data.courier && (
        <p className="mt-2 text-sm text-slate-700">
          With {data.courier.name} ·{" "}
          <a
            href={data.courier.trackingUrl}
            rel="noopener noreferrer"
            target="_blank"
            className="font-semibold text-brand-700 underline"
          >
            Track on {data.courier.name}
          </a>
        </p>
      )}
      {data.payOnDeliveryPaise !== null && data.deliveredAt === null && (
        <p className="mt-3 rounded-lg bg-amber-50 p-3 font-semibold text-amber-900 ring-1 ring-amber-200">
          Pay on delivery: {rupees.format(data.payOnDeliveryPaise / 100)}
        </p>
      )}
      <h2 className="mt-5 text-sm font-semibold text-slate-900">In this parcel</h2>
      <ul aria-label="In this parcel" className="mt-1 text-sm text-slate-700">
        {data.items.map((item, index) => (
          <li key={index}>
            {item.quantity} × {item.name}
          </li>
        ))}
      </ul>
      <ol aria-label="Tracking history" className="mt-6 border-l-2 border-slate-200 pl-4">
        {data.events.length === 0 && (
          <li className="text-slate-600">No scans yet. The courier will update this soon.</li>
        )}
        {data.events.map((event, index) => (
          <li key={`${event.at}-${index}`} className="relative mb-5">
            <span
              className={`absolute top-1.5 -left-[23px] h-3 w-3 rounded-full ${index === 0 ? "bg-brand-600" : "bg-slate-300"}`}
            />
            <p className="font-semibold text-slate-900">{event.title}</p>
            {event.place && <p className="text-sm text-slate-700">{event.place}</p>}
            <p className="text-xs text-slate-500">
              <time dateTime={event.at}>{ist.format(new Date(event.at))}</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
