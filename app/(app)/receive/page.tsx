import type { Metadata } from "next";
import { ReceiveStation } from "@/components/receiving/receive-station";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Receive returns" };

export default async function Page() {
  await requireArea("receive");
  return (
    <>
      <PageHeader
        title="Receive returns"
        description="Scan a returned or RTO parcel, check each item: good goes back to its bin, damaged is written off, missing is claimed from the courier."
      />
      <ReceiveStation />
    </>
  );
}
