import type { Metadata } from "next";
import Link from "next/link";
import { NdrRules } from "@/components/admin/ndr-rules";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "NDR rules" };

export default async function NdrRulesPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="NDR rules"
        description="What happens to a failed delivery nobody answers: how long to wait, and how many attempts before the parcel returns."
        actions={
          <Link href="/shipping/ndr" className={buttonClass("secondary")}>
            Open the NDR queue
          </Link>
        }
      />
      <NdrRules />
    </>
  );
}
