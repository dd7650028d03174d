// The admin view of the Razorpay webhook, as GET /api/admin/payments/razorpay sends it.
export interface RazorpayWebhookView {
  source: "admin" | "environment" | null;
  environmentSecretSet: boolean;
  setAt: string | null;
  setBy: { name: string; email: string } | null;
  previousAcceptedUntil: string | null;
  graceHours: number;
  lastVerified: { at: string; secret: "current" | "previous" | "older" } | null;
  webhookUrl: string;
}

export const RAZORPAY_QUERY_KEY = ["admin-razorpay-webhook"];
