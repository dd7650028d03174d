import { html, type Html } from "@/lib/html/html";
import type { PublicTracking } from "./get-public-tracking";
import { statusLabel } from "./status-words";

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
const day = (iso: string) => istDate.format(new Date(iso));

/**
 * One parcel as its customer reads it. `etag` is the ETag of the same answer from
 * /api/track/<awb>: public/track-live.js asks that every few seconds and reloads this section
 * when the ETag changes.
 */
export function trackingDetailsHtml(data: PublicTracking, etag: string): Html {
  const promise =
    data.expectedDeliveryAt && !data.deliveredAt
      ? html`<p class="text">
          Expected by
          ${day(data.expectedDeliveryAt)}${
            data.firstPromisedAt &&
            html`<span class="late"
              >Running late: first expected by ${day(data.firstPromisedAt)}</span
            >`
          }
        </p>`
      : null;
  const courier =
    data.courier &&
    html`<p class="small text gap">
      With ${data.courier.name} ·
      <a class="link" href="${data.courier.trackingUrl}" rel="noopener noreferrer" target="_blank"
        >Track on ${data.courier.name}</a
      >
    </p>`;
  const cod =
    data.payOnDeliveryPaise !== null &&
    data.deliveredAt === null &&
    html`<p class="cod">Pay on delivery: ${rupees.format(data.payOnDeliveryPaise / 100)}</p>`;
  const events =
    data.events.length === 0
      ? html`<li class="text">No scans yet. The courier will update this soon.</li>`
      : data.events.map(
          (event, index) =>
            html`<li class="${index === 0 ? "event latest" : "event"}">
              <p class="strong">${event.title}</p>
              ${event.place && html`<p class="small text">${event.place}</p>`}
              <p class="tiny muted">
                <time datetime="${event.at}">${ist.format(new Date(event.at))}</time>
              </p>
            </li>`,
        );
  return html`<section
    id="parcel"
    data-api="/api/track/${encodeURIComponent(data.awb)}"
    data-etag="${etag}"
  >
    <p class="small muted">Order ${data.orderNumber} · AWB ${data.awb}</p>
    <h1>${statusLabel(data.status)}</h1>
    ${promise}
    ${data.status === "NDR" && data.deliveryAttempts !== null && html`<p class="small text">Delivery attempts so far: ${data.deliveryAttempts}</p>`}
    <p class="small muted">For ${data.recipient} · to ${data.destination}</p>
    ${courier} ${cod}
    <h2>In this parcel</h2>
    <ul aria-label="In this parcel" class="small text">
      ${data.items.map((item) => html`<li>${item.quantity} × ${item.name}</li>`)}
    </ul>
    <ol aria-label="Tracking history" class="history">
      ${events}
    </ol>
  </section>`;
}
