import type { Metadata } from "next";
import { RazorpayWebhookSettings } from "@/components/admin/razorpay-webhook-settings";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Payments" };

export default async function PaymentsPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Payments"
        description="How Razorpay tells Packline an order is paid: the webhook address and its signing secret."
      />
      <RazorpayWebhookSettings />
    </>
  );
}
