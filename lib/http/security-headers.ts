// Security headers, in one place: next.config.ts sends the static ones with every response and
// proxy.ts adds the per-request Content-Security-Policy (with its nonce) to every page.

/** Sent with every response, pages, API answers and static files alike. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Order and shipment ids travel in Packline's URLs: they stay on Packline.
  { key: "Referrer-Policy", value: "same-origin" },
  // Older browsers that do not know frame-ancestors: Packline is never framed, not even by itself.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Scanners are keyboards: the floor needs no camera, microphone or location.
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

/**
 * The Content-Security-Policy of a page. Scripts run only from Packline itself or with this
 * request's nonce (Next.js reads the nonce from the request's own CSP header and puts it on its
 * inline bootstrap scripts); 'strict-dynamic' lets those load the page's chunks. No inline styles,
 * no plugins, no framing, forms only to Packline. Product photos may come from the store's CDN.
 * `next dev` needs eval for its fast refresh.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${options.dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    // The floor app's service worker (public/sw.js) and manifest, from Packline only; named here
    // because worker-src would otherwise fall back to script-src, where 'strict-dynamic' ignores 'self'.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** HSTS only where Packline is served over HTTPS: a browser would pin http://localhost otherwise. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
