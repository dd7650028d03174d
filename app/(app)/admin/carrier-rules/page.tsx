import type { Metadata } from "next";
import { CarrierRules } from "@/components/admin/carrier-rules";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Carrier rules" };

export default async function CarrierRulesPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Carrier rules"
        description="Which courier accounts a parcel is offered to, in which order, and who takes it when a courier refuses."
      />
      <CarrierRules />
    </>
  );
}
