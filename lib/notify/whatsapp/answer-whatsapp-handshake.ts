import { createHash, timingSafeEqual } from "node:crypto";
import { loadWhatsAppConfig } from "./whatsapp-settings";

export interface HandshakeReply {
  status: 200 | 403;
  text: string;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/**
 * GET /api/webhooks/whatsapp: Meta's verification request when an admin registers the callback
 * URL (Meta, "Getting Started with Webhooks" → "Verification Requests",
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started). Meta sends
 * hub.mode=subscribe, hub.verify_token (what the admin typed in the app dashboard) and
 * hub.challenge; the endpoint must check the token and answer with the challenge alone.
 * Anything else is refused, so nobody can subscribe their own app to this address. The token is
 * compared as SHA-256 digests in constant time: equal lengths, and no early exit to time.
 */
export async function answerWhatsAppHandshake(query: {
  mode?: string;
  verifyToken?: string;
  challenge?: string;
}): Promise<HandshakeReply> {
  const refused: HandshakeReply = { status: 403, text: "Verification refused." };
  if (query.mode !== "subscribe" || !query.verifyToken || !query.challenge) return refused;
  const config = await loadWhatsAppConfig();
  if (!config?.verifyToken) return refused;
  const ok = timingSafeEqual(digest(query.verifyToken), digest(config.verifyToken));
  return ok ? { status: 200, text: query.challenge } : refused;
}
