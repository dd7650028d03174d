import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Admin" };

const sections = [
  { href: "/admin/users", title: "Users and roles", text: "Who can sign in and what they may do." },
  {
    href: "/admin/couriers",
    title: "Courier accounts",
    text: "Shiprocket, Ekart and Delhivery accounts, their credentials and a connection test.",
  },
  {
    href: "/admin/locations",
    title: "Pickup locations",
    text: "Warehouses couriers collect from, their registration with each courier, ship-from rules.",
  },
  {
    href: "/admin/order-source",
    title: "Order source",
    text: "The store API, its key and schedule; Sync now and the last runs.",
  },
  {
    href: "/admin/payments",
    title: "Payments",
    text: "The Razorpay webhook: its address, signing secret and last verified delivery.",
  },
  {
    href: "/admin/incidents",
    title: "Incidents",
    text: "Payment, delivery and integration failures; ticketing webhook.",
  },
  {
    href: "/admin/events",
    title: "Events",
    text: "Subscribers of order events and their deliveries.",
  },
  {
    href: "/admin/returns",
    title: "Returns",
    text: "The return window: how many days after delivery customers may ask for a return.",
  },
  {
    href: "/admin/risk",
    title: "RTO risk",
    text: "How well the risk score has ranked this shop's own finished orders: lift and deciles.",
  },
  {
    href: "/admin/carrier-rules",
    title: "Carrier rules",
    text: "Which courier takes which parcel, and the next one to try when a courier refuses.",
  },
  {
    href: "/admin/cod-confirmation",
    title: "COD confirmation",
    text: "Which cash-on-delivery orders the buyer confirms before picking; deadline; channels.",
  },
  {
    href: "/admin/ndr-rules",
    title: "NDR rules",
    text: "What happens to failed deliveries nobody answers: waiting time, attempts, return.",
  },
  {
    href: "/admin/notifications",
    title: "E-mail and SMS",
    text: "SMTP server, SMS gateway, report recipients; send a test.",
  },
  {
    href: "/admin/whatsapp",
    title: "WhatsApp",
    text: "The WhatsApp Business account, its callback URL, a test message; quiet hours.",
  },
  {
    href: "/admin/notifications/templates",
    title: "Customer messages",
    text: "What customers are told per event and channel, with a preview.",
  },
  {
    href: "/admin/dispatch",
    title: "Dispatch",
    text: "The dock's daily cut-off for handing parcels to couriers.",
  },
  {
    href: "/admin/store",
    title: "Store",
    text: "The name, logo and support contact on the customers' tracking page.",
  },
  {
    href: "/admin/box-sizes",
    title: "Box sizes",
    text: "The cartons the pack station offers, with their size and empty weight.",
  },
  {
    href: "/admin/flags",
    title: "Feature flags",
    text: "Turn fulfilment, auto-booking and customer SMS on or off.",
  },
];

export default async function Page() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Admin"
        description="Users, courier accounts, order source, payments, incidents, events, NDR rules, e-mail and SMS, and feature flags."
      />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block h-full rounded-xl bg-white p-5 ring-1 ring-slate-200 transition hover:ring-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <span className="text-lg font-bold text-slate-900">{s.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{s.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
