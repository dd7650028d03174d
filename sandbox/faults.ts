import type { SandboxResponse } from "./http";

// Misbehaviour the control API can switch on per path prefix, so tests can exercise
// retries, breakers and rate limits against a server that really answers badly.
export interface FaultRule {
  prefix: string;
  latencyMs?: number;
  status?: number;
  retryAfterSeconds?: number;
  body?: unknown;
  malformed?: boolean;
  hang?: boolean;
  /** how many requests the rule applies to before it expires; absent = until cleared */
  times?: number;
}

const rules: FaultRule[] = [];

export function addFault(rule: FaultRule): void {
  rules.push({ ...rule });
}

export function clearFaults(): void {
  rules.length = 0;
}

export function listFaults(): FaultRule[] {
  return rules.map((r) => ({ ...r }));
}

/** Applies the first matching rule: waits, then returns a response that replaces the real one. */
export async function applyFault(path: string): Promise<SandboxResponse | "hang" | null> {
  const index = rules.findIndex((r) => path.startsWith(r.prefix));
  const rule = rules[index];
  if (!rule) return null;
  if (rule.times !== undefined && --rule.times <= 0) rules.splice(index, 1);
  if (rule.latencyMs) await new Promise((resolve) => setTimeout(resolve, rule.latencyMs));
  if (rule.hang) return "hang";
  if (rule.malformed)
    return {
      status: 200,
      body: '{"status": 1, "data": [unterminated',
      headers: { "content-type": "application/json" },
    };
  if (!rule.status) return null;
  return {
    status: rule.status,
    headers:
      rule.retryAfterSeconds !== undefined ? { "retry-after": String(rule.retryAfterSeconds) } : {},
    body: rule.body ?? { message: `sandbox fault ${rule.status}` },
  };
}
