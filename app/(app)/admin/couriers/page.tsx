import type { Metadata } from "next";
import { CourierAccounts } from "@/components/admin/courier-accounts";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Courier accounts" };

export default async function CouriersPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Courier accounts"
        description="The Shiprocket, Ekart and Delhivery accounts Packline books and tracks parcels with."
      />
      <CourierAccounts />
    </>
  );
}
