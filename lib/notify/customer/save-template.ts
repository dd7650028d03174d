import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { NotificationTemplateInput } from "@/lib/validation/notification-template";
import { CUSTOMER_EVENTS, isCustomerEvent } from "./customer-events";
import { unknownPlaceholders } from "./render-template";

/**
 * Saves an admin's wording for one event and channel. Every {{variable}} must be one the event
 * offers (a typo would reach customers as a blank); e-mail needs a subject and WhatsApp the name
 * of its approved template at Meta.
 */
export async function saveTemplate(input: NotificationTemplateInput, actorId: string) {
  if (!isCustomerEvent(input.event))
    throw new AppError("VALIDATION", `There is no customer event "${input.event}".`, {
      fieldErrors: { event: ["Choose one of the listed events."] },
    });
  const allowed = CUSTOMER_EVENTS[input.event].variables;
  const fieldErrors: Record<string, string[]> = {};
  for (const field of ["subject", "body"] as const) {
    const unknown = unknownPlaceholders(input[field] ?? "", allowed);
    if (unknown.length)
      fieldErrors[field] = [
        `${unknown.map((u) => `{{${u}}}`).join(", ")} is not available here; use ${allowed.map((a) => `{{${a}}}`).join(", ")}.`,
      ];
  }
  if (input.channel === "EMAIL" && !input.subject) fieldErrors.subject = ["Write a subject."];
  if (input.channel === "WHATSAPP" && !input.whatsappName)
    fieldErrors.whatsappName = ["Name the approved WhatsApp template."];
  if (Object.keys(fieldErrors).length)
    throw new AppError("VALIDATION", "The template needs a change before it can be saved.", {
      fieldErrors,
    });
  const data = {
    enabled: input.enabled,
    subject: input.channel === "EMAIL" ? (input.subject ?? null) : null,
    body: input.body,
    whatsappName: input.channel === "WHATSAPP" ? (input.whatsappName ?? null) : null,
    whatsappLanguage: input.channel === "WHATSAPP" ? (input.whatsappLanguage ?? "en") : null,
    updatedBy: actorId,
  };
  await db.notificationTemplate.upsert({
    where: { event_channel: { event: input.event, channel: input.channel } },
    create: { event: input.event, channel: input.channel, ...data },
    update: data,
    select: { event: true },
  });
  return { ok: true };
}
