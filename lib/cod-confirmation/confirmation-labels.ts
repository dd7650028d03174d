import type { CodConfirmation, CodConfirmationVia } from "@/lib/generated/prisma/enums";

/** The words ops read for each confirmation state (badge, filter, history). */
export const CONFIRMATION_LABEL: Record<CodConfirmation, string> = {
  NOT_NEEDED: "Not needed",
  CHECKING: "Checking rule",
  AWAITING: "Awaiting buyer",
  CONFIRMED: "Confirmed",
  CANCELLED: "Cancelled",
  NO_ANSWER: "No answer",
};

export const VIA_LABEL: Record<CodConfirmationVia, string> = {
  WHATSAPP: "WhatsApp",
  LINK: "link",
  OPS_CALL: "ops call",
};
