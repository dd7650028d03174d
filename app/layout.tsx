import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Packline", template: "%s · Packline" },
  description: "Order fulfilment for e-commerce warehouses: pick, pack, ship, track.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5fd1" };

// Every page is rendered per request: its scripts carry the nonce of that request's
// Content-Security-Policy (proxy.ts), which a page prerendered at build time could not.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en-IN">
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
