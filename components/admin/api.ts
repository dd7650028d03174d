// Small fetch helper for admin screens: JSON in, JSON out, problem+json errors as Error with fields.
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export async function api<T>(url: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(url, {
    method: init?.method ?? "GET",
    headers: init?.body !== undefined ? { "content-type": "application/json" } : undefined,
    body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as {
      detail?: string;
      errors?: Record<string, string[]>;
    };
    throw new ApiError(
      problem.detail ?? `Request failed (${res.status})`,
      res.status,
      problem.errors,
    );
  }
  return (res.status === 204 ? undefined : await res.json()) as T;
}
