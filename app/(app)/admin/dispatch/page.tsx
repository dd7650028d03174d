import type { Metadata } from "next";
import { DispatchCutoffForm } from "@/components/admin/dispatch-cutoff-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { getDispatchSettings } from "@/lib/dispatch/save-dispatch-settings";

export const metadata: Metadata = { title: "Dispatch" };

export default async function DispatchSettingsPage() {
  await requireArea("admin");
  const { cutoff } = await getDispatchSettings();
  return (
    <>
      <PageHeader title="Dispatch" description="When the day's parcels must be at the dock." />
      <DispatchCutoffForm cutoff={cutoff} />
    </>
  );
}
