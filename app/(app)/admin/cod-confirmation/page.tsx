import type { Metadata } from "next";
import { CodConfirmationForm } from "@/components/admin/cod-confirmation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "COD confirmation" };

export default async function CodConfirmationPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="COD confirmation"
        description="Which cash-on-delivery orders the buyer must confirm before they are picked, how they are asked, and how long they have."
      />
      <CodConfirmationForm />
    </>
  );
}
