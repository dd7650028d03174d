import { html, type Html } from "@/lib/html/html";
import { RETURN_REASONS } from "@/lib/validation/returns";
import type { ReturnForm } from "./customer-return";

const istDate = new Intl.DateTimeFormat("en-IN", { dateStyle: "medium", timeZone: "Asia/Kolkata" });

/**
 * The customer's return form under the tracking page: each returnable line with how many to
 * send back, a reason, and the phone given with the order as proof. public/track-return.js sends
 * it as JSON and shows the answer in the status line; nothing is inline (strict CSP).
 */
export function returnPageHtml(awb: string, form: ReturnForm): Html {
  const back = html`<p class="gap"><a class="link" href="/track/${awb}">Back to tracking</a></p>`;
  if (form.kind === "closed")
    return html`<h1>Return items from order ${form.orderNumber}</h1>
      <div role="alert" class="problem"><p>${form.sentence}</p></div>
      ${back}`;
  return html`<h1>Return items from order ${form.orderNumber}</h1>
    <p class="text">You can ask until ${istDate.format(new Date(form.windowEndsAt))}.</p>
    <form id="return-form" class="forms" data-awb="${awb}" aria-label="Ask for a return">
      <h2>What are you sending back?</h2>
      ${form.lines.map(
        (l) =>
          html`<label for="qty-${l.orderItemId}">${l.title}</label>
            <select id="qty-${l.orderItemId}" name="qty" data-item="${l.orderItemId}">
              ${Array.from({ length: l.returnable + 1 }, (_, n) => html`<option value="${n}">${n}</option>`)}
            </select>`,
      )}
      <label for="return-reason">Reason</label>
      <select id="return-reason" name="reason" required>
        <option value="">Choose a reason</option>
        ${Object.entries(RETURN_REASONS).map(
          ([code, label]) => html`<option value="${code}">${label}</option>`,
        )}
      </select>
      <label for="return-text">Tell us more (optional)</label>
      <textarea id="return-text" name="reasonText" maxlength="500" rows="3"></textarea>
      <label for="return-phone">Phone number used for the order</label>
      <input
        id="return-phone"
        name="phone"
        type="tel"
        inputmode="tel"
        required
        autocomplete="tel"
      />
      <button type="submit">Ask for a return</button>
      <p id="return-answer" role="status" class="text"></p>
    </form>
    ${back}`;
}
