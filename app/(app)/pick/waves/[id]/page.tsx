import type { Metadata } from "next";
import { WavePicker } from "@/components/waves/wave-picker";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Pick a wave" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requireArea("waves");
  const { id } = await params;
  return <WavePicker waveId={id} />;
}
