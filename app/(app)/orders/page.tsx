import type { Metadata } from "next";
import { Suspense } from "react";
import { OrdersDashboard } from "@/components/orders/orders-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { isFulfilmentEnabled } from "@/lib/orders/require-fulfilment";

export const metadata: Metadata = { title: "Orders" };

export default async function Page() {
  await requireArea("orders");
  const fulfilmentEnabled = await isFulfilmentEnabled();
  return (
    <>
      <PageHeader title="Orders" description="Every order from placed to delivered." />
      <Suspense>
        <OrdersDashboard fulfilmentEnabled={fulfilmentEnabled} />
      </Suspense>
    </>
  );
}
