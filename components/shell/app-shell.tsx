import type { Area, Role } from "@/lib/auth/roles";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export function AppShell({
  user,
  areas,
  children,
}: {
  user: { name: string; role: Role };
  areas: Area[];
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-3 py-2 sm:px-6">
          <span className="text-xl font-extrabold tracking-tight text-brand-700">Packline</span>
          {/* min-w-0: with many areas the tabs scroll sideways instead of pushing the user off */}
          <nav aria-label="Main" className="hidden min-w-0 flex-1 md:block">
            <NavLinks areas={areas} />
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <span className="hidden text-right text-sm leading-tight sm:block">
              <span className="block font-semibold text-slate-800">{user.name}</span>
              <span className="block text-xs text-slate-500 capitalize">
                {user.role.toLowerCase()}
              </span>
            </span>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Main" className="border-t border-slate-100 px-2 md:hidden">
          <NavLinks areas={areas} />
        </nav>
      </header>
      <main className="mx-auto w-full max-w-7xl flex-1 px-3 py-4 sm:px-6 sm:py-6">{children}</main>
    </div>
  );
}
