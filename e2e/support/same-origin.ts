import type { Page } from "@playwright/test";

/**
 * Headers for `page.request` calls that change something: Packline refuses a cookie-authenticated
 * mutation that does not come from its own origin (lib/http/same-origin.ts), and Playwright's
 * request context, unlike the page, sends no Origin of its own.
 */
export function fromPackline(page: Page): Record<string, string> {
  return { origin: new URL(page.url()).origin };
}
