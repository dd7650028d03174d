import type { Metadata, Viewport } from "next";
import { FloorApp } from "@/components/floor/floor-app";
import { appVersion } from "@/lib/floor/app-version";

// The floor app: installable from the pick screen (manifest) and able to open it offline.
export const metadata: Metadata = {
  manifest: "/manifest.webmanifest",
  appleWebApp: { capable: true, title: "Packline", statusBarStyle: "default" },
};
export const viewport: Viewport = { themeColor: "#1d5fd1" };

export default function FloorLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <FloorApp version={appVersion()} />
      {children}
    </>
  );
}
