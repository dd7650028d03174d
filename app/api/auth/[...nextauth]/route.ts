import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { withRoute } from "@/lib/http/with-route";
import { authRouteParams } from "@/lib/validation/auth-route";

// next-auth's own sign-in, callback, session and sign-out endpoints: public by nature.
const nextAuth = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;

/** Hands the request, its body already read (and size-checked) by withRoute, to next-auth. */
function forward({ req, rawBody }: { req: NextRequest; rawBody: string }) {
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
}

export const GET = withRoute({
  route: "GET /api/auth/[...nextauth]",
  params: authRouteParams,
  handler: forward,
});
export const POST = withRoute({
  route: "POST /api/auth/[...nextauth]",
  params: authRouteParams,
  handler: forward,
});
