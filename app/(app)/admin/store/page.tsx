import type { Metadata } from "next";
import { StoreProfileForm } from "@/components/admin/store-profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Store" };

export default async function StorePage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Store"
        description="The name, logo and support contact customers see on their tracking page."
      />
      <StoreProfileForm />
    </>
  );
}
