import { z } from "./zod";

// next-auth's own endpoints under /api/auth (next-auth 4, credentials only): anything else is
// refused before next-auth sees it.
const ACTIONS = ["providers", "session", "csrf", "signin", "signout", "callback", "error", "_log"];
const PROVIDERS = ["credentials"];

export const authRouteParams = z.object({
  nextauth: z
    .array(z.string())
    .min(1)
    .max(2)
    .refine(
      ([action, provider]) =>
        ACTIONS.includes(action ?? "") && (provider === undefined || PROVIDERS.includes(provider)),
      "There is no such sign-in address.",
    ),
});
