"use client";

import { SWRConfig } from "swr";

async function fetchJson(url: string) {
  const res = await fetch(url);
  if (!res.ok)
    throw Object.assign(new Error(`Request failed (${res.status})`), { status: res.status });
  return res.json();
}

// SWR for the public tracking page: light, revalidates when the customer comes back to the tab.
export function SwrProvider({ children }: { children: React.ReactNode }) {
  return <SWRConfig value={{ fetcher: fetchJson, revalidateOnFocus: true }}>{children}</SWRConfig>;
}
