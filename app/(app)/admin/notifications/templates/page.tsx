import type { Metadata } from "next";
import { TemplateEditor } from "@/components/admin/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { getTemplateEditor } from "@/lib/notify/customer/get-template-editor";

export const metadata: Metadata = { title: "Customer messages" };
export const dynamic = "force-dynamic";

export default async function CustomerTemplatesPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Customer messages"
        description="What customers are told when their parcel ships, goes out for delivery, is delivered or could not be delivered, per channel."
      />
      <TemplateEditor data={await getTemplateEditor()} />
    </>
  );
}
