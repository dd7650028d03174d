import { AppError } from "@/lib/errors/app-error";
import {
  normalizeFlatPage,
  normalizeNestedPage,
  type NormalizedPage,
} from "./normalize-store-page";
import {
  storeFlatPageSchema,
  storeNestedPageSchema,
  type StorePagination,
} from "./store-order-schema";

export interface StoreConnection {
  baseUrl: string;
  apiKey: string;
}

export interface FetchStorePageInput extends StoreConnection {
  page: number;
  perPage: number;
  updatedSince?: string | null;
  /** transient failures (network, 429, 5xx) are retried this many times */
  retries?: number;
}

export interface StorePage extends NormalizedPage {
  pagination: StorePagination;
  shape: "flat" | "nested";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function backoffMs(attempt: number, retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  if (retryAfter && Number.isFinite(seconds)) return Math.min(seconds, 30) * 1000;
  const base = 250 * 2 ** attempt;
  return base / 2 + Math.random() * (base / 2);
}

async function getJson(url: URL, apiKey: string, retries: number): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { "x-api-key": apiKey, accept: "application/json" },
        signal: AbortSignal.timeout(20_000),
      });
    } catch (error) {
      if (attempt < retries) {
        await sleep(backoffMs(attempt, null));
        continue;
      }
      throw new AppError("UPSTREAM", `The store API did not answer (${url.host}).`, {
        cause: error,
      });
    }
    if (response.ok) {
      try {
        return await response.json();
      } catch (error) {
        throw new AppError("UPSTREAM", "The store API answered with malformed JSON.", {
          cause: error,
        });
      }
    }
    const transient = response.status === 429 || response.status >= 500;
    if (transient && attempt < retries) {
      await sleep(backoffMs(attempt, response.headers.get("retry-after")));
      continue;
    }
    const hint =
      response.status === 401 || response.status === 403
        ? "the API key was refused; check it under Admin → Order source"
        : `HTTP ${response.status}`;
    throw new AppError("UPSTREAM", `The store API refused the request: ${hint}.`);
  }
}

/** One page of orders from the store, in either shape, validated and normalised. */
export async function fetchStorePage(input: FetchStorePageInput): Promise<StorePage> {
  const url = new URL(`${input.baseUrl.replace(/\/+$/, "")}/v1/orders`);
  url.searchParams.set("page", String(input.page));
  url.searchParams.set("per_page", String(input.perPage));
  if (input.updatedSince) url.searchParams.set("updated_since", input.updatedSince);
  const body = await getJson(url, input.apiKey, input.retries ?? 3);
  const isNested = typeof body === "object" && body !== null && "categories" in body;
  const parsed = (isNested ? storeNestedPageSchema : storeFlatPageSchema).safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      "UPSTREAM",
      `The store API page ${input.page} is not in the expected shape (${first?.path.join(".")}: ${first?.message}).`,
    );
  }
  const normalized =
    "categories" in parsed.data
      ? normalizeNestedPage(parsed.data)
      : normalizeFlatPage(parsed.data as Parameters<typeof normalizeFlatPage>[0]);
  return {
    ...normalized,
    pagination: parsed.data.pagination,
    shape: isNested ? "nested" : "flat",
  };
}
