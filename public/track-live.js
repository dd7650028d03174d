// Keeps a parcel's tracking page (/track/<awb>, lib/tracking/track-page-html.ts) current without
// a framework. Every 5 s while the page is visible it asks /api/track/<awb>; the browser sends
// the ETag it has, so an unchanged parcel is a 304 with no body. When the ETag differs from the
// one the page was rendered with, it fetches the page again and swaps in its parcel section: one
// renderer, on the server. A failed ask keeps what is shown and tries again at the next tick.
(function () {
  "use strict";
  var REFRESH_MS = 5000;
  var busy = false;

  function swapIn(pageHtml) {
    var fresh = new DOMParser().parseFromString(pageHtml, "text/html").getElementById("parcel");
    var shown = document.getElementById("parcel");
    if (fresh && shown) shown.replaceWith(document.importNode(fresh, true));
  }

  function tick() {
    var shown = document.getElementById("parcel");
    if (busy || !shown || document.visibilityState !== "visible") return;
    busy = true;
    fetch(shown.getAttribute("data-api"))
      .then(function (res) {
        var etag = res.headers.get("etag");
        if (!res.ok || !etag || etag === shown.getAttribute("data-etag")) return;
        return fetch(location.pathname, { cache: "no-store" }).then(function (page) {
          return page.ok ? page.text().then(swapIn) : undefined;
        });
      })
      .catch(function () {})
      .then(function () {
        busy = false;
      });
  }

  setInterval(tick, REFRESH_MS);
  document.addEventListener("visibilitychange", tick);
})();
