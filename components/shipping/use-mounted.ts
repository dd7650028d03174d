import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False on the server and during hydration, true after. Charts render only then: recharts sizes
 * its SVG with inline styles, which the strict CSP allows when script sets them (CSSOM) but
 * refuses as `style` attributes in server HTML.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
