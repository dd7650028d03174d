import type { Metadata } from "next";
import { FlagsList } from "@/components/admin/flags-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Feature flags" };

export default async function FlagsPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Feature flags"
        description="Turn parts of Packline on or off for everyone, at once."
      />
      <FlagsList />
    </>
  );
}
