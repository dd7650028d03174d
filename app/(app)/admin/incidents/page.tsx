import type { Metadata } from "next";
import { IncidentsList } from "@/components/admin/incidents-list";
import { TicketWebhookForm } from "@/components/admin/ticket-webhook-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Payment, delivery, stock and integration failures that need a person."
      />
      <div className="space-y-6">
        <TicketWebhookForm />
        <IncidentsList />
      </div>
    </>
  );
}
