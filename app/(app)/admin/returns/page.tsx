import type { Metadata } from "next";
import { ReturnWindowForm } from "@/components/admin/return-window-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Returns" };

export default async function ReturnsSettingsPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Returns"
        description="How long after delivery customers may ask for a return themselves."
      />
      <ReturnWindowForm />
    </>
  );
}
