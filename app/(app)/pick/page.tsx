import type { Metadata } from "next";
import { PickScreen } from "@/components/floor/pick-screen";
import { PutBackList } from "@/components/floor/put-back-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Pick list" };

export default async function Page() {
  await requireArea("pick");
  return (
    <>
      <PageHeader
        title="Pick list"
        description="Walk the bins in order. Scan an item to pick it."
      />
      <PutBackList />
      <PickScreen />
    </>
  );
}
