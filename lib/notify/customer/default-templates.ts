import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import type { CustomerEvent } from "./customer-events";

export interface TemplateText {
  enabled: boolean;
  subject: string | null;
  body: string;
  whatsappName: string | null;
  whatsappLanguage: string | null;
}

// Built-in wording, used until an admin saves their own. SMS stays within one 160-character
// message for typical values; WhatsApp names are the templates to register (category UTILITY)
// at Meta with the body below, each {{variable}} becoming {{1}}, {{2}}… in order.
const TEXT: Record<CustomerEvent, { subject: string; email: string; short: string }> = {
  SHIPPED: {
    subject: "Your order {{orderNumber}} has shipped",
    email:
      "Hi {{customerName}},\n\nYour order {{orderNumber}} is on its way with {{courier}} (AWB {{awb}}). Expected by {{expectedDelivery}}.\n\nTrack it here: {{trackingUrl}}",
    short:
      "Hi {{customerName}}, order {{orderNumber}} has shipped with {{courier}}. Track: {{trackingUrl}}",
  },
  OUT_FOR_DELIVERY: {
    subject: "Your order {{orderNumber}} is out for delivery",
    email:
      "Hi {{customerName}},\n\nYour order {{orderNumber}} is out for delivery today with {{courier}}. Please keep your phone reachable.\n\nTrack it here: {{trackingUrl}}",
    short:
      "Hi {{customerName}}, order {{orderNumber}} is out for delivery today. Track: {{trackingUrl}}",
  },
  DELIVERED: {
    subject: "Your order {{orderNumber}} was delivered",
    email:
      "Hi {{customerName}},\n\nYour order {{orderNumber}} was delivered. Thank you for shopping with us.\n\nDetails: {{trackingUrl}}",
    short: "Hi {{customerName}}, order {{orderNumber}} was delivered. Thank you!",
  },
  DELIVERY_FAILED: {
    subject: "We could not deliver your order {{orderNumber}}",
    email:
      "Hi {{customerName}},\n\n{{courier}} could not deliver your order {{orderNumber}}. Choose a new date or correct your address or phone here: {{fixDeliveryUrl}}\n\nThe link is valid for 7 days.",
    short:
      "Hi {{customerName}}, we could not deliver order {{orderNumber}}. Pick a new date: {{fixDeliveryUrl}}",
  },
  REFUND_ISSUED: {
    subject: "Your refund for order {{orderNumber}} is on its way",
    email:
      "Hi {{customerName}},\n\nWe received your returned parcel for order {{orderNumber}} and refunded {{refundAmount}} to your original payment method. Banks usually show it within 5-7 working days.",
    short:
      "Hi {{customerName}}, we refunded {{refundAmount}} for order {{orderNumber}}. Your bank shows it in 5-7 working days.",
  },
  RETURN_PICKUP_SCHEDULED: {
    subject: "Your return for order {{orderNumber}} will be picked up",
    email:
      "Hi {{customerName}},\n\nWe have booked {{courier}} to pick up your return for order {{orderNumber}} (return AWB {{awb}}). Please keep the items packed and your phone reachable.\n\nFollow the pickup here: {{trackingUrl}}",
    short:
      "Hi {{customerName}}, {{courier}} will pick up your return for order {{orderNumber}}. Track: {{trackingUrl}}",
  },
  // WhatsApp's template also carries two quick-reply buttons, Confirm and Cancel, registered at
  // Meta in that order (lib/cod-confirmation/confirmation-messages.ts sends their payloads).
  COD_CONFIRMATION: {
    subject: "Please confirm your cash-on-delivery order {{orderNumber}}",
    email:
      "Hi {{customerName}},\n\nPlease confirm your order {{orderNumber}}: you will pay {{codAmount}} in cash at delivery.\n\nConfirm: {{confirmUrl}}\nCancel: {{cancelUrl}}",
    short:
      "Hi {{customerName}}, please confirm or cancel your COD order {{orderNumber}} ({{codAmount}}): {{confirmUrl}}",
  },
};

export function defaultTemplate(event: CustomerEvent, channel: NotificationChannel): TemplateText {
  const t = TEXT[event];
  return {
    enabled: true,
    subject: channel === "EMAIL" ? t.subject : null,
    body: channel === "EMAIL" ? t.email : t.short,
    whatsappName: channel === "WHATSAPP" ? `packline_${event.toLowerCase()}` : null,
    whatsappLanguage: channel === "WHATSAPP" ? "en" : null,
  };
}
