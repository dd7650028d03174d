import { html, type Html } from "@/lib/html/html";
import { storeLogoSrc } from "@/lib/store/store-logo-src";
import type { StoreProfile } from "@/lib/store/store-profile";

/**
 * The customer's tracking pages as plain HTML: no React runtime on the phone (it was most of
 * 180 KB of script), readable and usable as soon as the HTML arrives. One small stylesheet, and
 * on a parcel's page one small script that keeps it current (public/track-live.js).
 */
export function trackPageHtml(options: {
  store: StoreProfile;
  body: Html;
  nonce: string;
  live: boolean;
  /** a page's own small script (the return form's) */
  script?: string | null;
}): string {
  const { store, nonce } = options;
  const logo = storeLogoSrc(store);
  const footer =
    (store.supportEmail || store.supportPhone) &&
    html`<footer>
      <p class="strong">Questions about your order?</p>
      ${
        store.supportPhone &&
        html`<p>Call <a class="link" href="tel:${store.supportPhone}">${store.supportPhone}</a></p>`
      }${
        store.supportEmail &&
        html`<p>
          Write to <a class="link" href="mailto:${store.supportEmail}">${store.supportEmail}</a>
        </p>`
      }
    </footer>`;
  return html`<!DOCTYPE html>
    <html lang="en-IN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1d5fd1" />
        <title>Track your parcel · ${store.name || "Packline"}</title>
        <link rel="stylesheet" href="/track.css" />
        ${options.live && html`<script src="/track-live.js" nonce="${nonce}" defer></script>`}
        ${options.script && html`<script src="${options.script}" nonce="${nonce}" defer></script>`}
      </head>
      <body>
        <main>
          <header>
            ${logo && html`<img src="${logo}" alt="" />`}
            <p class="store">${store.name || "Track your parcel"}</p>
          </header>
          ${options.body} ${footer}
        </main>
      </body>
    </html>`.text;
}

/** Why a look-up found nothing, in the customer's words. */
export function trackProblemHtml(title: string, text: string): Html {
  return html`<div role="alert" class="problem">
    <h1>${title}</h1>
    <p>${text}</p>
  </div>`;
}

/**
 * The two ways a customer finds their parcel, as plain GET forms to /track: no script needed.
 */
export function trackFormsHtml({ awb = "", orderNumber = "" } = {}): Html {
  return html`<div class="forms">
    <form method="get" action="/track" aria-label="Track by tracking number">
      <label for="track-awb">Tracking number (AWB)</label>
      <input
        id="track-awb"
        name="awb"
        value="${awb}"
        required
        autocapitalize="characters"
        autocomplete="off"
        spellcheck="false"
      />
      <button type="submit">Track parcel</button>
    </form>
    <p class="or">or</p>
    <form method="get" action="/track" aria-label="Track by order number">
      <label for="track-order">Order number</label>
      <input id="track-order" name="order" value="${orderNumber}" required autocomplete="off" />
      <label for="track-phone">Phone number used for the order</label>
      <input id="track-phone" name="phone" type="tel" inputmode="tel" required autocomplete="tel" />
      <button type="submit">Find my order</button>
    </form>
  </div>`;
}
