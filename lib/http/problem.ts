import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { log } from "@/lib/observability/logger";

// RFC 9457 problem+json: the one place where errors become HTTP responses.
export interface ProblemInput {
  status: number;
  code: string;
  detail: string;
  title?: string;
  errors?: FieldErrors;
  /** extension members, e.g. the current version of a stale order */
  extra?: Record<string, unknown>;
  /** a 429 or 503: when to try again (the Retry-After header) */
  retryAfterSeconds?: number;
}

export interface Problem extends Omit<ProblemInput, "extra" | "retryAfterSeconds"> {
  type: string;
  title: string;
}

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Sign-in required",
  403: "Not allowed",
  404: "Not found",
  409: "Conflict",
  413: "Request too large",
  415: "Unsupported content type",
  422: "Invalid input",
  429: "Too many requests",
  500: "Something went wrong",
  502: "A partner service failed",
  503: "Unavailable",
};

/** How long a client should wait before retrying while the database is unreachable. */
const DATABASE_RETRY_SECONDS = 5;

export function problemResponse({ extra, retryAfterSeconds, ...problem }: ProblemInput) {
  const body: Problem = {
    ...extra,
    ...problem,
    type: `https://packline.dev/problems/${problem.code.toLowerCase().replaceAll("_", "-")}`,
    title: problem.title ?? titles[problem.status] ?? "Error",
  };
  return NextResponse.json(body, {
    status: problem.status,
    headers: {
      "content-type": "application/problem+json",
      ...(retryAfterSeconds ? { "retry-after": String(Math.ceil(retryAfterSeconds)) } : {}),
    },
  });
}

export function zodFieldErrors(error: ZodError, prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function errorToResponse(error: unknown, context: Record<string, unknown> = {}) {
  if (error instanceof AppError) {
    return problemResponse({
      status: error.status,
      code: error.code,
      detail: error.message,
      errors: error.fieldErrors,
      extra: error.details,
      retryAfterSeconds: error.retryAfterSeconds,
    });
  }
  if (error instanceof ZodError) {
    return problemResponse({
      status: 422,
      code: "VALIDATION",
      detail: "Some fields are invalid.",
      errors: zodFieldErrors(error),
    });
  }
  if (isDatabaseUnavailable(error)) {
    log.warn("database unreachable", { ...context, error });
    return problemResponse({
      status: 503,
      code: "DATABASE_UNAVAILABLE",
      detail:
        "Packline cannot reach its database right now, so this request was not completed. Please try again in a few seconds.",
      retryAfterSeconds: DATABASE_RETRY_SECONDS,
    });
  }
  log.error("unhandled error in route", { ...context, error });
  return problemResponse({
    status: 500,
    code: "INTERNAL",
    detail:
      "Something went wrong on our side and this request was not completed. Please try again; if it keeps happening, tell your admin.",
  });
}
