import { Section } from "./detail-section";
import { formatIst } from "./format";
import type { OrderDetailJson } from "./order-detail-types";

const CHANNEL: Record<string, string> = { EMAIL: "E-mail", SMS: "SMS", WHATSAPP: "WhatsApp" };
const TONE: Record<string, string> = {
  read: "text-emerald-700",
  delivered: "text-emerald-700",
  sent: "text-slate-700",
  failed: "text-red-700",
  retrying: "text-amber-700",
  held: "text-amber-700",
  queued: "text-slate-500",
};

/** What the customer was told about this order, on which channel, and whether it arrived. */
export function OrderMessages({ messages }: { messages: OrderDetailJson["messages"] }) {
  return (
    <Section title="Messages">
      {messages.length === 0 ? (
        <p className="text-sm text-slate-500">No customer messages yet.</p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {messages.map((m) => (
            <li key={m.id} className="flex flex-wrap items-baseline justify-between gap-x-2">
              <span>
                <span className="font-semibold">{m.event}</span> · {CHANNEL[m.channel]}
              </span>
              <span className={`font-semibold ${TONE[m.state] ?? ""}`}>{m.state}</span>
              <span className="w-full text-xs text-slate-500">
                {m.recipient} · {formatIst(m.at)}
                {m.error ? ` · ${m.error}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
