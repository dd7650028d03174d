import type { TemplateVariable } from "./customer-events";

// {{name}} placeholders, the same syntax the admin types and the preview shows.
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The placeholder names in a template, in order of appearance (repeats kept). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Placeholders the event does not offer: each is a mistake the admin must fix before saving. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  return [...new Set(placeholdersIn(text).filter((name) => !allowed.includes(name)))];
}

/** Fills the placeholders; one without a value renders as empty rather than as raw braces. */
export function renderTemplate(
  text: string,
  values: Partial<Record<TemplateVariable, string>>,
): string {
  return text.replace(PLACEHOLDER, (_, name: string) => values[name as TemplateVariable] ?? "");
}
