import type { Metadata } from "next";
import { NotificationSettings } from "@/components/admin/notification-settings";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "E-mail and SMS" };

export default async function NotificationsPage() {
  const caller = await requireArea("admin");
  return (
    <>
      <PageHeader
        title="E-mail and SMS"
        description="The mail server and SMS gateway Packline sends through, and who gets the out-of-stock report."
      />
      <NotificationSettings adminEmail={caller.email} />
    </>
  );
}
