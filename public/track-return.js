// The customer's return form (lib/returns/return-page-html.ts): sends it as JSON to
// /api/track/<awb>/return and shows Packline's answer, a sentence either way.
(function () {
  var form = document.getElementById("return-form");
  if (!form) return;
  var answer = document.getElementById("return-answer");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var items = Array.prototype.map.call(form.querySelectorAll("select[data-item]"), function (s) {
      return { orderItemId: s.getAttribute("data-item"), quantity: Number(s.value) };
    });
    var body = {
      items: items,
      reason: form.elements.reason.value,
      phone: form.elements.phone.value,
    };
    var text = form.elements.reasonText.value.trim();
    if (text) body.reasonText = text;
    var button = form.querySelector("button");
    button.disabled = true;
    answer.textContent = "Sending…";
    fetch("/api/track/" + encodeURIComponent(form.getAttribute("data-awb")) + "/return", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
      .then(function (res) {
        return res.json().then(function (data) {
          return { ok: res.ok, data: data };
        });
      })
      .then(function (r) {
        if (r.ok) {
          answer.textContent =
            "Thank you: we have your return request for order " +
            r.data.orderNumber +
            ". We will message you when the pickup is booked.";
          form.querySelectorAll("select, input, textarea, button").forEach(function (el) {
            el.disabled = true;
          });
          return;
        }
        var fields = r.data.fieldErrors || r.data.errors || {};
        var first = Object.keys(fields).map(function (k) {
          return fields[k][0];
        })[0];
        answer.textContent =
          first || r.data.detail || r.data.title || "Something went wrong; try again.";
        button.disabled = false;
      })
      .catch(function () {
        answer.textContent = "Could not reach us; check your connection and try again.";
        button.disabled = false;
      });
  });
})();
