"use client";

import { Button } from "@/components/ui/button";
import type { RegistrationView } from "@/lib/dispatch/locations/registration-view";
import { formatIst } from "@/lib/warehouse/format";
import { COURIER_LABEL } from "@/lib/validation/courier-account";

const BADGE: Record<RegistrationView["status"], [string, string]> = {
  REGISTERED: ["Registered", "bg-emerald-100 text-emerald-800"],
  PENDING: ["Waiting for the courier", "bg-amber-100 text-amber-800"],
  FAILED: ["Refused", "bg-red-100 text-red-800"],
  NOT_REGISTERED: ["Not registered", "bg-slate-100 text-slate-700"],
};

type Shown = Omit<RegistrationView, "answeredAt"> & { answeredAt: string | null };

/** A location's standing with each courier account: the courier's own answer, and "register again". */
export function PickupRegistrations({
  registrations,
  busy,
  onRegister,
}: {
  registrations: Shown[];
  busy: boolean;
  onRegister: (accountId: string) => void;
}) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="Courier registrations">
      {registrations.map((r) => {
        const [label, tone] = BADGE[r.status];
        const again =
          r.status === "FAILED" ||
          r.status === "NOT_REGISTERED" ||
          (r.status === "PENDING" && r.answer);
        return (
          <li key={r.courierAccountId} className="py-2" data-testid="courier-registration">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold text-slate-900">
                {COURIER_LABEL[r.courier]} · {r.accountName}
              </span>
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>
                {label}
              </span>
              {r.courierLocationName && r.status === "REGISTERED" && (
                <span className="text-xs text-slate-500">as “{r.courierLocationName}”</span>
              )}
              {again && (
                <Button
                  variant="ghost"
                  className="ml-auto"
                  disabled={busy}
                  onClick={() => onRegister(r.courierAccountId)}
                >
                  Register again
                </Button>
              )}
            </div>
            {r.answer && (
              <p className="mt-1 text-sm break-words text-slate-700">
                {r.answer}
                {r.answeredAt && (
                  <span className="text-slate-500"> · {formatIst(new Date(r.answeredAt))} IST</span>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
