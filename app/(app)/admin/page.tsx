import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Admin" };

export default async function Page() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Admin"
        description="Users, courier accounts, order source, notifications and feature flags."
      />
      <EmptyState title="Nothing to configure yet" />
    </>
  );
}
