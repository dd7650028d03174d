import type { Metadata } from "next";
import { EventSubscribers } from "@/components/admin/event-subscribers";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Events"
        description="Systems that receive Packline's order events (signed HTTP POSTs, retried until delivered)."
      />
      <EventSubscribers />
    </>
  );
}
