import { describe, expect, it } from "vitest";
import { html } from "./html";

describe("html", () => {
  it("escapes what it is given and keeps what is already html", () => {
    const name = `<script>alert("x")</script> & 'co'`;
    const out = html`<p title="${name}">
      ${name}${html`<b>${1}</b>`}${[html`<i>a</i>`, "<"]}${null}${false}
    </p>`;
    expect(out.text.replace(/\s*\n\s*/g, "")).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">' +
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;<b>1</b><i>a</i>&lt;</p>",
    );
  });
});
