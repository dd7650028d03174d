import type { Metadata } from "next";
import { headers } from "next/headers";
import { QuietHoursForm } from "@/components/admin/quiet-hours-form";
import { WhatsAppSettingsForm } from "@/components/admin/whatsapp-settings-form";
import { WhatsAppTestPanel } from "@/components/admin/whatsapp-test-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { env } from "@/lib/env";
import { getCustomerNotificationSettings } from "@/lib/notify/customer/customer-settings";
import { getWhatsAppSettings } from "@/lib/notify/whatsapp/whatsapp-settings";

export const metadata: Metadata = { title: "WhatsApp" };
export const dynamic = "force-dynamic";

/** The address Meta must call: the configured public URL, else the one this page was asked on. */
async function callbackUrl(): Promise<string> {
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  return new URL("/api/webhooks/whatsapp", env().NEXTAUTH_URL ?? origin).toString();
}

export default async function WhatsAppPage() {
  await requireArea("admin");
  const [settings, customer, callback] = await Promise.all([
    getWhatsAppSettings(),
    getCustomerNotificationSettings(),
    callbackUrl(),
  ]);
  return (
    <>
      <PageHeader
        title="WhatsApp"
        description="The WhatsApp Business account that tells customers about their parcels, and when messages wait for morning."
      />
      <div className="grid items-start gap-6 xl:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <WhatsAppSettingsForm settings={settings} />
          <section
            aria-labelledby="callback-title"
            className="space-y-2 rounded-xl bg-white p-5 ring-1 ring-slate-200"
          >
            <h2 id="callback-title" className="text-lg font-semibold text-slate-900">
              Callback URL
            </h2>
            <p className="text-sm text-slate-600">
              In Meta&apos;s app dashboard, WhatsApp → Configuration → Webhook, enter this address
              and your verify token, then subscribe to <code>messages</code>. Delivery and read
              receipts then show on each order.
            </p>
            {/* Text, not a field: the whole address wraps on a phone and selects in one tap. */}
            <p
              data-testid="whatsapp-callback-url"
              className="rounded-lg border border-slate-300 bg-slate-50 px-3 py-3 font-mono text-sm break-all text-slate-900 select-all"
            >
              {callback}
            </p>
          </section>
        </div>
        <div className="space-y-6">
          <WhatsAppTestPanel ready={settings !== null} />
          <QuietHoursForm quietHours={customer.quietHours} />
        </div>
      </div>
    </>
  );
}
