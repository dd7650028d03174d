import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentCaller } from "@/lib/auth/page-guard";
import { LANDING } from "@/lib/auth/roles";
import { safeNext } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await currentCaller();
  if (caller) redirect(LANDING[caller.role]);
  const params = await searchParams;
  return (
    <main className="flex min-h-dvh items-center justify-center bg-gradient-to-b from-brand-50 to-slate-100 p-4">
      <div className="w-full max-w-sm rounded-2xl bg-white p-6 shadow-lg ring-1 ring-slate-200 sm:p-8">
        <div className="mb-6">
          <p className="text-2xl font-extrabold tracking-tight text-brand-700">Packline</p>
          <h1 className="mt-1 text-lg font-semibold text-slate-700">Sign in to your station</h1>
        </div>
        <LoginForm next={safeNext(params.next)} />
      </div>
    </main>
  );
}
