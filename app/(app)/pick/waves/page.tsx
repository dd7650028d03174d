import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { WaveBoard } from "@/components/waves/wave-board";
import { requireArea } from "@/lib/auth/page-guard";
import { PERMISSIONS } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "Waves" };

export default async function Page() {
  const caller = await requireArea("waves");
  return (
    <>
      <PageHeader
        title="Waves"
        description="Cluster picking: one cart of totes, the oldest orders, one walk."
      />
      <WaveBoard canRelease={(PERMISSIONS.waves as readonly string[]).includes(caller.role)} />
    </>
  );
}
