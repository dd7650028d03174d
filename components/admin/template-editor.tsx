"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { TemplateEditorData } from "@/lib/notify/customer/get-template-editor";
import { renderTemplate } from "@/lib/notify/customer/render-template";
import { api, ApiError } from "./api";

type Template = TemplateEditorData["events"][number]["templates"][number];

// What the preview fills the variables with: a plausible order, never a real customer's.
const SAMPLE = {
  customerName: "Asha",
  orderNumber: "PL-10234",
  courier: "Delhivery",
  awb: "1490821234567",
  trackingUrl: "https://shop.example/track/1490821234567",
  expectedDelivery: "9 Dec 2026",
  fixDeliveryUrl: "https://shop.example/fix-delivery/…",
};
const CHANNEL_LABEL = { EMAIL: "E-mail", SMS: "SMS", WHATSAPP: "WhatsApp" } as const;

/** Customer message templates per event and channel, with the variables and a live preview. */
export function TemplateEditor({ data }: { data: TemplateEditorData }) {
  const [eventKey, setEventKey] = useState(data.events[0]!.key);
  const [channel, setChannel] = useState<Template["channel"]>("EMAIL");
  const event = data.events.find((e) => e.key === eventKey)!;
  const saved = event.templates.find((t) => t.channel === channel)!;
  return (
    <div className="flex flex-col gap-4">
      <div role="tablist" aria-label="Event" className="flex flex-wrap gap-2">
        {data.events.map((e) => (
          <Button
            key={e.key}
            role="tab"
            aria-selected={e.key === eventKey}
            variant={e.key === eventKey ? "primary" : "secondary"}
            onClick={() => setEventKey(e.key)}
          >
            {e.label}
          </Button>
        ))}
      </div>
      <div role="tablist" aria-label="Channel" className="flex flex-wrap gap-2">
        {event.templates.map((t) => (
          <Button
            key={t.channel}
            role="tab"
            aria-selected={t.channel === channel}
            variant={t.channel === channel ? "primary" : "secondary"}
            onClick={() => setChannel(t.channel)}
          >
            {CHANNEL_LABEL[t.channel]} {t.enabled ? "" : "(off)"}
          </Button>
        ))}
      </div>
      <TemplateForm
        key={`${eventKey}:${channel}`}
        eventKey={eventKey}
        saved={saved}
        variables={event.variables}
      />
    </div>
  );
}

function TemplateForm(props: {
  eventKey: string;
  saved: Template;
  variables: TemplateEditorData["events"][number]["variables"];
}) {
  const { saved } = props;
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [note, setNote] = useState<string | null>(null);
  const set = (patch: Partial<Template>) => setDraft((d) => ({ ...d, ...patch }));

  async function save() {
    setNote(null);
    setErrors({});
    try {
      await api("/api/admin/notification-templates", {
        method: "PUT",
        body: {
          event: props.eventKey,
          channel: draft.channel,
          enabled: draft.enabled,
          subject: draft.subject,
          body: draft.body,
          whatsappName: draft.whatsappName,
          whatsappLanguage: draft.whatsappLanguage,
        },
      });
      setNote("Saved. New messages use this wording.");
    } catch (error) {
      setNote((error as Error).message);
      if (error instanceof ApiError) setErrors(error.fieldErrors);
    }
  }

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="flex flex-col gap-3">
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
          />
          Send on this channel
        </label>
        {draft.channel === "EMAIL" && (
          <TextField
            label="Subject"
            value={draft.subject ?? ""}
            error={errors.subject?.[0]}
            onChange={(e) => set({ subject: e.target.value })}
          />
        )}
        {draft.channel === "WHATSAPP" && (
          <div className="grid grid-cols-2 gap-2">
            <TextField
              label="Approved template name"
              value={draft.whatsappName ?? ""}
              error={errors.whatsappName?.[0]}
              onChange={(e) => set({ whatsappName: e.target.value })}
            />
            <TextField
              label="Language"
              value={draft.whatsappLanguage ?? ""}
              error={errors.whatsappLanguage?.[0]}
              onChange={(e) => set({ whatsappLanguage: e.target.value })}
            />
          </div>
        )}
        <label className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
          Message
          <textarea
            rows={draft.channel === "EMAIL" ? 8 : 4}
            value={draft.body}
            aria-invalid={errors.body ? true : undefined}
            onChange={(e) => set({ body: e.target.value })}
            className="rounded-lg border border-slate-300 p-3 font-normal text-slate-900"
          />
        </label>
        {errors.body && <p className="text-sm text-red-700">{errors.body[0]}</p>}
        <div aria-label="Variables">
          <p className="text-sm font-semibold text-slate-700">Variables you may use</p>
          <ul className="text-sm text-slate-600">
            {props.variables.map((v) => (
              <li key={v.name}>
                <code className="font-mono">{`{{${v.name}}}`}</code> — {v.hint}
              </li>
            ))}
          </ul>
        </div>
        <div className="flex items-center gap-3">
          <Button onClick={() => void save()}>Save template</Button>
          {note && (
            <p role="status" className="text-sm text-slate-700">
              {note}
            </p>
          )}
        </div>
      </div>
      <section aria-label="Preview" className="rounded-xl border border-slate-200 bg-slate-50 p-4">
        <h3 className="mb-2 text-sm font-bold text-slate-700">Preview</h3>
        {draft.channel === "EMAIL" && (
          <p className="mb-2 font-semibold">{renderTemplate(draft.subject ?? "", SAMPLE)}</p>
        )}
        <p className="text-sm whitespace-pre-wrap">{renderTemplate(draft.body, SAMPLE)}</p>
        {draft.channel === "SMS" && (
          <p className="mt-2 text-xs text-slate-500">
            {renderTemplate(draft.body, SAMPLE).length} characters
          </p>
        )}
      </section>
    </div>
  );
}
