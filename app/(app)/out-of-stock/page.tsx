import type { Metadata } from "next";
import { OutOfStockView } from "@/components/out-of-stock/out-of-stock-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Out of stock" };

export default async function Page() {
  await requireArea("outOfStock");
  return (
    <>
      <PageHeader
        title="Out of stock"
        description="Items marked not in stock, by SKU, with the orders they left short. Dates are in IST."
      />
      <OutOfStockView />
    </>
  );
}
