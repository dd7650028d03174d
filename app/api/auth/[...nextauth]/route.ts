import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { withRoute } from "@/lib/http/with-route";

// next-auth's own sign-in, callback, session and sign-out endpoints: public by nature.
const nextAuth = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;

const handle = withRoute({
  access: "public",
  handler: async ({ req, rawBody }) => {
    const forwarded = new NextRequest(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.method === "GET" || req.method === "HEAD" ? undefined : rawBody,
    });
    const segments = req.nextUrl.pathname
      .replace(/^\/api\/auth\/?/, "")
      .split("/")
      .filter(Boolean);
    return nextAuth(forwarded, { params: Promise.resolve({ nextauth: segments }) });
  },
});

export { handle as GET, handle as POST };
