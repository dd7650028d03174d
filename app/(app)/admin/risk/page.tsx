import type { Metadata } from "next";
import { RiskLiftView } from "@/components/admin/risk-lift-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { getRiskLift } from "@/lib/risk/get-risk-lift";

export const metadata: Metadata = { title: "RTO risk" };

export default async function RiskLiftPage() {
  await requireArea("admin");
  const lift = await getRiskLift();
  return (
    <>
      <PageHeader
        title="RTO risk: how well the score ranks"
        description="Every finished order scored again as of the moment it was placed, with only what Packline knew then, against how its parcel really ended."
      />
      <RiskLiftView lift={lift} />
    </>
  );
}
