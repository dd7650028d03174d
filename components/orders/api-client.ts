// Fetches Packline's own JSON API from the browser; problem+json answers become ApiErrors.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function apiFetch<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { "content-type": "application/json", ...init.headers },
    });
  } catch {
    throw new ApiError(
      0,
      "NETWORK",
      "Could not reach Packline. Check the connection and try again.",
    );
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(body?.code ?? "ERROR"),
      String(body?.detail ?? `The server answered ${response.status}. Please try again.`),
      (body?.errors as Record<string, string[]>) ?? {},
    );
  }
  return body as T;
}

export function postJson<T>(url: string, body: unknown, method = "POST"): Promise<T> {
  return apiFetch<T>(url, { method, body: JSON.stringify(body) });
}
