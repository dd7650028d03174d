import type { Metadata } from "next";
import { BoxPresets } from "@/components/admin/box-presets";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Box sizes" };

export default async function BoxSizesPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Box sizes"
        description="The cartons the pack station offers: inner size (sent to the courier) and what the empty box weighs."
      />
      <BoxPresets />
    </>
  );
}
