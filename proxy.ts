import { NextResponse, type NextRequest } from "next/server";

// An optimistic check only: a visitor with no session cookie is sent to sign in, with the page
// they wanted kept in `next`. The real checks are in every page and route handler.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/pick/:path*",
    "/pack/:path*",
    "/orders/:path*",
    "/out-of-stock/:path*",
    "/shipping/:path*",
    "/admin/:path*",
  ],
};
