import type { Jsonified } from "@/lib/http/jsonified";
import type { RazorpayWebhookSettingsView } from "@/lib/payments/get-razorpay-webhook-settings";

// The admin view of the Razorpay webhook, as GET /api/admin/payments/razorpay sends it.
export type RazorpayWebhookView = Jsonified<RazorpayWebhookSettingsView>;

export const RAZORPAY_QUERY_KEY = ["admin-razorpay-webhook"];
