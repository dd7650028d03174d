import type { Metadata } from "next";
import Link from "next/link";
import { FirstAdminForm } from "@/components/auth/first-admin-form";
import { ALREADY_SET_UP, SETUP_LINK_DEAD } from "@/lib/users/create-first-admin";
import { findSetupLink } from "@/lib/users/find-setup-link";

export const metadata: Metadata = { title: "Set up Packline" };

// The one-time link `npm start` prints for a database without users: the first admin chooses
// their e-mail, name and password here. No sign-in: the link is the credential.
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await findSetupLink(token);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-gradient-to-b from-brand-50 to-slate-100 p-4">
      <div className="w-full max-w-sm rounded-2xl bg-white p-6 shadow-lg ring-1 ring-slate-200 sm:p-8">
        <div className="mb-6">
          <p className="text-2xl font-extrabold tracking-tight text-brand-700">Packline</p>
          <h1 className="mt-1 text-lg font-semibold text-slate-700">Create the first admin</h1>
        </div>
        {state === "live" ? (
          <FirstAdminForm token={token} />
        ) : (
          <div className="flex flex-col gap-4">
            <p role="alert" className="text-sm text-slate-700">
              {state === "has-users" ? ALREADY_SET_UP : SETUP_LINK_DEAD}
            </p>
            <Link href="/login" className="font-semibold text-brand-700 underline">
              Go to sign in
            </Link>
          </div>
        )}
      </div>
    </main>
  );
}
