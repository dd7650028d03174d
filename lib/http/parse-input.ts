import type { NextRequest } from "next/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { findInvalidText } from "@/lib/validation/clean-text";
import { zodFieldErrors } from "./problem";

// Turning a request's query, path and body into what its handler declared, or a 4xx that says why.
export type Schema = z.ZodType | undefined;
export type Infer<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;

/** Checks a query, path or body value for text PostgreSQL cannot hold, then parses it with `schema`. */
export function parseWith<S extends Schema>(schema: S, value: unknown, where: string): Infer<S> {
  const invalid = findInvalidText(value);
  if (invalid !== null) {
    throw new AppError(
      "BAD_REQUEST",
      `The ${where} contains a NUL character or broken Unicode text, which Packline cannot accept.`,
      { fieldErrors: { [invalid || "_"]: ["Remove the invalid character."] } },
    );
  }
  if (!schema) return undefined as Infer<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("VALIDATION", `The ${where} has invalid fields.`, {
      fieldErrors: zodFieldErrors(parsed.error),
    });
  }
  return parsed.data as Infer<S>;
}

/** The body as JSON; other content types are refused. */
export function parseJson(raw: string, req: NextRequest): unknown {
  if (raw.trim() === "") return undefined;
  // A JSON API refuses other content types: that also keeps cross-site "simple" requests
  // (text/plain, forms) from ever reaching a handler.
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !type.endsWith("+json")) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the request body as JSON, with Content-Type: application/json.",
    );
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

/**
 * A field the route does not know is refused rather than silently dropped: a typo ("nots" for
 * "note") or a field sent to the wrong address then gets a sentence, not a success that ignored it.
 */
export function assertKnownFields(value: unknown, known: Set<string> | null): void {
  if (!known || typeof value !== "object" || value === null || Array.isArray(value)) return;
  const unknown = Object.keys(value).filter((key) => !known.has(key));
  if (unknown.length === 0) return;
  throw new AppError("VALIDATION", `The request body has fields this address does not take.`, {
    fieldErrors: Object.fromEntries(unknown.slice(0, 10).map((k) => [k, ["Unknown field."]])),
  });
}
