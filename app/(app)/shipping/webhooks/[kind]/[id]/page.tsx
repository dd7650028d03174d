import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReprocessWebhook } from "@/components/shipping/reprocess-webhook";
import { WebhookPayloadView } from "@/components/shipping/webhook-payload-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors/app-error";
import { webhookPayloadParams } from "@/lib/validation/webhook-log";
import { getWebhookPayload } from "@/lib/webhooks/get-webhook-payload";

export const metadata: Metadata = { title: "Webhook delivery" };

export default async function WebhookPayloadPage({
  params,
}: {
  params: Promise<{ kind: string; id: string }>;
}) {
  const caller = await requireArea("shipping");
  const parsed = webhookPayloadParams.safeParse(await params);
  if (!parsed.success) notFound();
  const payload = await getWebhookPayload(parsed.data.kind, parsed.data.id).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!payload) notFound();
  const canReprocess =
    caller.role === "ADMIN" && payload.kind === "event" && payload.status === "FAILED";
  return (
    <>
      <PageHeader
        title="Webhook delivery"
        description={
          payload.kind === "event"
            ? "Stored after its token or signature was checked."
            : "Refused: its token or signature did not check out."
        }
        actions={
          <Link href="/shipping/webhooks" className="text-brand-700 underline">
            Webhook log
          </Link>
        }
      />
      {canReprocess && (
        <div className="mb-4">
          <ReprocessWebhook id={payload.id} />
        </div>
      )}
      <WebhookPayloadView payload={payload} />
    </>
  );
}
