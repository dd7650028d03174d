import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { NextRequest } from "next/server";
import { callerFromSessionCookie, type Caller } from "./caller";
import { AREAS, type AreaKey } from "./roles";

/**
 * The signed-in user for a server component, or null: the same check as route handlers (the
 * cookie's session must be live), over the headers of the page request. Read once per request:
 * the layout and the page both ask.
 */
export const currentCaller = cache(async (): Promise<Caller | null> =>
  callerFromSessionCookie(new NextRequest("http://packline.local/", { headers: await headers() })),
);

/** Every page.tsx calls this first: sign-in if anonymous, a 403 page if the role may not enter. */
export async function requireArea(area: AreaKey): Promise<Caller> {
  const caller = await currentCaller();
  if (!caller) redirect(`/login?next=${encodeURIComponent(AREAS[area].href)}`);
  if (!(AREAS[area].roles as readonly string[]).includes(caller.role)) forbidden();
  return caller;
}
