"use client";

import { useRouter } from "next/navigation";
import type { NdrView } from "@/lib/shipping/ndr-view";
import { NdrActions } from "./ndr-actions";

/** NDR actions in a dashboard row; the server-rendered page is reloaded after each answer. */
export function NdrRowActions(props: { shipmentId: string; awb: string; ndr: NdrView }) {
  const router = useRouter();
  return <NdrActions {...props} onDone={() => router.refresh()} />;
}
