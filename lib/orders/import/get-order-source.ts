import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto/secrets";
import { DEFAULT_STATUS_MAPPING, readStatusMapping, type StatusMapping } from "./status-mapping";

export interface OrderSourceView {
  id: string;
  name: string;
  baseUrl: string;
  /** the last 4 characters of the stored key, so an admin can tell which key is set */
  apiKeyHint: string;
  syncIntervalMinutes: number;
  statusMapping: StatusMapping;
  defaultStatusMapping: StatusMapping;
  enabled: boolean;
  updatedAt: Date;
}

/** The store connection (Packline has one); the API key itself never leaves the server. */
export async function getOrderSource(): Promise<{ source: OrderSourceView | null }> {
  const row = await db.orderSourceConfig.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      baseUrl: true,
      apiKeyEncrypted: true,
      syncIntervalMinutes: true,
      statusMapping: true,
      enabled: true,
      updatedAt: true,
    },
  });
  if (!row) return { source: null };
  const { apiKeyEncrypted, statusMapping, ...rest } = row;
  let hint = "";
  try {
    hint = `…${decryptSecret(apiKeyEncrypted).slice(-4)}`;
  } catch {
    hint = "unreadable: enter the key again";
  }
  return {
    source: {
      ...rest,
      apiKeyHint: hint,
      statusMapping: readStatusMapping(statusMapping),
      defaultStatusMapping: DEFAULT_STATUS_MAPPING,
    },
  };
}
