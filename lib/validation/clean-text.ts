/**
 * Text PostgreSQL cannot store or that no person typed: the NUL character (PostgreSQL's text
 * types reject it) and UTF-16 surrogate halves without their pair (not valid Unicode). Returns
 * the path of the first string in `value` that holds one ("items.2.title", "" for `value`
 * itself), or null when every string is clean. Keys are checked as well as values.
 */
export function findInvalidText(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return isCleanText(value) ? null : path;
  if (typeof value !== "object" || value === null || depth > 64) return null;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    const at = path ? `${path}.${key}` : String(key);
    if (typeof key === "string" && !isCleanText(key)) return at;
    const found = findInvalidText(item, at, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
const INVALID = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isCleanText(text: string): boolean {
  return !INVALID.test(text);
}

/**
 * `text` with each NUL and unpaired surrogate replaced by U+FFFD, for keeping what an outsider
 * sent (a webhook body, a header) where PostgreSQL must be able to store it.
 */
export function replaceInvalidText(text: string): string {
  return text.replace(new RegExp(INVALID.source, "g"), "\uFFFD");
}
