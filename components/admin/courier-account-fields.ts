import type { CourierAccountSummary } from "@/lib/couriers/accounts/account-summary";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { Jsonified } from "@/lib/http/jsonified";

/** A courier account as GET /api/admin/courier-accounts returns it (dates as ISO strings). */
export type CourierAccountItem = Jsonified<CourierAccountSummary>;

export interface ConnectionTest {
  ok: boolean;
  message: string;
  checkedAt: string;
  durationMs: number;
}

export interface CredentialField {
  name: string;
  label: string;
  secret: boolean;
  type?: "email" | "text";
}

// The fields each adapter reads from its credentials JSON (lib/validation/courier-account.ts).
export const CREDENTIAL_FIELDS: Record<CourierCode, CredentialField[]> = {
  SHIPROCKET: [
    { name: "email", label: "API user email", secret: false, type: "email" },
    { name: "password", label: "API user password", secret: true },
  ],
  EKART: [
    { name: "clientId", label: "Client ID", secret: false },
    { name: "username", label: "Username", secret: false },
    { name: "password", label: "Password", secret: true },
  ],
  DELHIVERY: [
    { name: "token", label: "API token", secret: true },
    { name: "clientName", label: "Client name", secret: false },
  ],
};

export const BASE_URL_EXAMPLE: Record<CourierCode, string> = {
  SHIPROCKET: "https://apiv2.shiprocket.in/v1/external",
  EKART: "https://app.elite.ekartlogistics.in",
  DELHIVERY: "https://track.delhivery.com",
};

// What the webhook secret is at each courier (lib/couriers/*/webhook.ts verifies it).
export const WEBHOOK_SECRET_HINT: Record<CourierCode, string> = {
  SHIPROCKET: "The token Shiprocket sends in x-api-key.",
  EKART: "The 6–30 character secret registered with Ekart.",
  DELHIVERY: "The header value configured with Delhivery.",
};
