"use client";

import { useEffect } from "react";

/**
 * Makes the floor screens an installable app that opens offline: registers public/sw.js under
 * this build's version and hands it the files this page loaded before the worker existed.
 */
export function FloorApp({ version }: { version: string }) {
  useEffect(() => {
    // `next dev` rebuilds chunks under the same names: a cache-first worker would serve old code.
    if (version === "dev" || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    void (async () => {
      try {
        await navigator.serviceWorker.register(`/sw.js?v=${encodeURIComponent(version)}`, {
          scope: "/",
        });
        const ready = await navigator.serviceWorker.ready;
        if (cancelled) return;
        const urls = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((name) => new URL(name).origin === location.origin);
        ready.active?.postMessage({ type: "keep-shell", urls });
      } catch {
        // No worker (private window, old browser): the screen still works online.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [version]);
  return null;
}
