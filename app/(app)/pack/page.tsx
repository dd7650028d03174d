import type { Metadata } from "next";
import { PackStation } from "@/components/floor/pack-station";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Ready to pack" };

export default async function Page() {
  await requireArea("pack");
  return (
    <>
      <PageHeader
        title="Ready to pack"
        description="Orders with every item picked or short, oldest first. Scan each item into the box."
      />
      <PackStation />
    </>
  );
}
