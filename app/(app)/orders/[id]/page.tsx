import type { Metadata } from "next";
import { OrderDetailView } from "@/components/orders/order-detail-view";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Order" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requireArea("orders");
  const { id } = await params;
  return <OrderDetailView orderId={id} />;
}
