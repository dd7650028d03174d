import { redirect } from "next/navigation";
import { QueryProvider } from "@/components/providers/query-provider";
import { AppShell } from "@/components/shell/app-shell";
import { currentCaller } from "@/lib/auth/page-guard";
import { areasFor } from "@/lib/auth/roles";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  if (!caller) redirect("/login");
  return (
    <QueryProvider>
      <AppShell user={{ name: caller.name, role: caller.role }} areas={areasFor(caller.role)}>
        {children}
      </AppShell>
    </QueryProvider>
  );
}
