import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Admin" };

const SECTIONS = [
  {
    href: "/admin/users",
    title: "Users and roles",
    text: "Add people, change roles, unlock or deactivate accounts.",
  },
  {
    href: "/admin/flags",
    title: "Feature flags",
    text: "Turn fulfilment, auto-booking and customer SMS on or off.",
  },
];

export default async function AdminPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Admin"
        description="Users, courier accounts, order source, notifications and feature flags."
      />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block h-full rounded-xl bg-white p-5 ring-1 ring-slate-200 transition hover:ring-brand-600"
            >
              <p className="text-lg font-semibold text-slate-900">{section.title}</p>
              <p className="mt-1 text-sm text-slate-600">{section.text}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
