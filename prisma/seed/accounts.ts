import type { CourierCode, Role } from "../../lib/generated/prisma/enums";
import {
  SANDBOX_WHATSAPP_APP_SECRET,
  SANDBOX_WHATSAPP_PHONE_ID,
  SANDBOX_WHATSAPP_TOKEN,
} from "../../sandbox/whatsapp";
import demoUsersJson from "./demo-users.json";

// Demo logins: printed by the start command (which reads the same JSON) and used by e2e.
export const demoUsers = demoUsersJson as {
  email: string;
  name: string;
  role: Role;
  password: string;
}[];

// Courier accounts of the demo point at the sandbox, which speaks each courier's API.
export function demoCourierAccounts(sandboxUrl: string) {
  const accounts: {
    courier: CourierCode;
    name: string;
    path: string;
    credentials: Record<string, string>;
    webhookSecret: string;
  }[] = [
    {
      courier: "SHIPROCKET",
      name: "Shiprocket (sandbox)",
      // the sandbox serves Shiprocket's API under the same path as apiv2.shiprocket.in
      path: "/shiprocket/v1/external",
      credentials: { email: "api@packline.local", password: "sandbox-shiprocket" },
      webhookSecret: "sandbox-shiprocket-webhook-token",
    },
    {
      courier: "DELHIVERY",
      name: "Delhivery (sandbox)",
      path: "/delhivery",
      credentials: { token: "sandbox-delhivery-token", clientName: "PACKLINE" },
      webhookSecret: "sandbox-delhivery-webhook-key",
    },
    {
      courier: "EKART",
      name: "Ekart (sandbox)",
      path: "/ekart",
      credentials: {
        // what the Ekart sandbox accepts (EKART_SANDBOX_CREDENTIALS)
        clientId: "EKART_SANDBOX",
        username: "packline",
        password: "sandbox-pass",
      },
      webhookSecret: "sandbox-ekart-secret",
    },
  ];
  return accounts.map((a) => ({ ...a, baseUrl: `${sandboxUrl}${a.path}` }));
}

// The warehouse parcels are collected from: the default pickup location, registered with each
// demo courier account under its name (the sandbox couriers collect from it by that name).
export const demoPickupLocation = {
  name: "Packline Demo Warehouse",
  contactName: "Packline Demo Warehouse",
  contactPhone: "9876543210",
  contactEmail: "warehouse@packline.local",
  line1: "Plot 14, 2nd Cross, Koramangala Industrial Layout",
  line2: "5th Block",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560034",
  // Ekart refuses bookings without the seller's GSTIN; a made-up one with a valid checksum.
  gstin: "29AABCP1234L1ZD",
  openingHours: Object.fromEntries(
    ["MON", "TUE", "WED", "THU", "FRI", "SAT"].map((d) => [d, { open: "09:30", close: "18:30" }]),
  ),
  isDefault: true,
};

export const demoRegistrationAnswer =
  "Registered with the sandbox courier when the demo was seeded.";

export const featureFlags = [
  {
    key: "feature.orders.order_fulfillment",
    enabled: true,
    description:
      "Fulfilment actions on orders (processing, packing, shipping). Off: orders stay Placed.",
  },
  {
    key: "feature.shipping.auto_book",
    enabled: false,
    description: "Book the shipment automatically as soon as an order is packed.",
  },
  {
    key: "feature.notify.customer_sms",
    enabled: true,
    description: "Text customers when their parcel ships and is out for delivery.",
  },
];

// A day for the buyer to answer a failed delivery, then a re-attempt; the parcel returns after
// its third attempt. Admins change or delete it under Admin → NDR rules.
export const demoNdrRules = [
  { paymentMethod: null, reasonContains: null, waitHours: 24, maxAttempts: 3 },
];

/**
 * The demo's WhatsApp Business account: the sandbox's Cloud API, so `npm start` shows customer
 * WhatsApp messages and their sent/delivered/read callbacks (stored as
 * lib/notify/whatsapp/whatsapp-settings.ts keeps it; secrets encrypted by the caller).
 */
export function demoWhatsApp(sandboxUrl: string) {
  return {
    baseUrl: `${sandboxUrl}/whatsapp`,
    apiVersion: "v23.0",
    phoneNumberId: SANDBOX_WHATSAPP_PHONE_ID,
    accessToken: SANDBOX_WHATSAPP_TOKEN,
    appSecret: SANDBOX_WHATSAPP_APP_SECRET,
    verifyToken: "packline-demo-verify-token",
  };
}
