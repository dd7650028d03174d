import type { Metadata } from "next";
import { DispatchStation } from "@/components/dispatch/dispatch-station";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Dispatch" };

export default async function Page() {
  await requireArea("dispatch");
  return (
    <>
      <PageHeader
        title="Dispatch"
        description="Scan each parcel into its courier's handover, close it, print the manifest for the pickup person."
      />
      <DispatchStation />
    </>
  );
}
