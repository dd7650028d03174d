"use client";

import { Button } from "@/components/ui/button";
import type { CarrierRuleAction } from "@/lib/validation/carrier-rules";

export interface AccountOption {
  id: string;
  name: string;
  active: boolean;
}

const selectClass =
  "min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base font-normal";

/**
 * What a carrier rule does: an ordered list of courier accounts (ticked ones, moved up and
 * down), or a policy over the ticked accounts (none ticked: every active account).
 */
export function CarrierActionFields({
  action,
  accounts,
  onChange,
}: {
  action: CarrierRuleAction;
  accounts: AccountOption[];
  onChange: (action: CarrierRuleAction) => void;
}) {
  const chosen = action.accountIds;
  const rest = accounts.filter((a) => !chosen.includes(a.id));
  const name = (id: string) => accounts.find((a) => a.id === id)?.name ?? "A removed account";
  const set = (accountIds: string[]) => onChange({ ...action, accountIds });
  const move = (i: number, by: -1 | 1) => {
    const next = [...chosen];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    set(next);
  };
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-700">Then book with</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
          How
          <select
            name="actionKind"
            value={action.kind === "PREFER" ? "PREFER" : action.policy}
            onChange={(e) =>
              onChange(
                e.target.value === "PREFER"
                  ? { kind: "PREFER", accountIds: chosen }
                  : {
                      kind: "POLICY",
                      policy: e.target.value as "CHEAPEST" | "FASTEST" | "BEST_RECORD",
                      accountIds: chosen,
                    },
              )
            }
            className={selectClass}
          >
            <option value="PREFER">These couriers, in this order</option>
            <option value="CHEAPEST">The cheapest of these</option>
            <option value="FASTEST">The fastest of these</option>
            <option value="BEST_RECORD">The best delivery record of these</option>
          </select>
        </label>
        {rest.length > 0 && (
          <label className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
            Add a courier account
            <select
              name="addAccount"
              value=""
              onChange={(e) => e.target.value && set([...chosen, e.target.value])}
              className={selectClass}
            >
              <option value="">Choose…</option>
              {rest.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                  {a.active ? "" : " (inactive)"}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {chosen.length === 0 ? (
        <p className="text-sm text-slate-600">
          {action.kind === "PREFER"
            ? "Add the courier accounts to try, first choice first."
            : "No account added: the policy ranks every active courier account."}
        </p>
      ) : (
        <ol className="flex flex-col gap-1" aria-label="Courier accounts, in order">
          {chosen.map((id, i) => (
            <li key={id} className="flex items-center gap-2 text-sm" data-testid="action-account">
              <span className="w-6 text-right font-semibold text-slate-500">{i + 1}.</span>
              <span className="flex-1">{name(id)}</span>
              <Button
                type="button"
                variant="ghost"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Move ${name(id)} up`}
              >
                Up
              </Button>
              <Button
                type="button"
                variant="ghost"
                disabled={i === chosen.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Move ${name(id)} down`}
              >
                Down
              </Button>
              <Button
                type="button"
                variant="ghost"
                onClick={() => set(chosen.filter((x) => x !== id))}
                aria-label={`Remove ${name(id)}`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
    </fieldset>
  );
}
