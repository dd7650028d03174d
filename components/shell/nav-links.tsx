"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import type { Area } from "@/lib/auth/roles";

export function NavLinks({ areas }: { areas: Area[] }) {
  const pathname = usePathname();
  const activeRef = useRef<HTMLAnchorElement>(null);
  // On a phone the tabs scroll sideways: keep the current one in view.
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  const within = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  // The deepest area the page is in: /shipping/ndr is the NDR queue's tab, not Shipping's.
  const current = areas
    .filter((a) => within(a.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    // From a tablet up the tabs wrap onto a second row rather than hide past the edge.
    <ul className="flex gap-1 overflow-x-auto py-1 md:flex-wrap md:overflow-visible">
      {areas.map((area) => {
        const active = area === current;
        return (
          <li key={area.href}>
            <Link
              href={area.href}
              ref={active ? activeRef : undefined}
              aria-current={active ? "page" : undefined}
              className={`flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold whitespace-nowrap ${
                active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100"
              }`}
            >
              {area.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
