// Compares a JSON value's shape (its keys, recursively, and each value's JSON type) with a
// published sample's, for tests that check a sandbox answers like the real service.

export interface ShapeOptions {
  /** paths ("track.ndrStatus", "barcodes.cod") the service documents as sometimes absent */
  optional?: string[];
  /**
   * the shape of an array's elements, by the array's path ("track.details"), for samples that
   * show the array empty or with an empty object
   */
  elements?: Record<string, unknown>;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Every way `actual` differs in shape from `sample`, one sentence each; empty when alike. */
export function shapeDifferences(
  actual: unknown,
  sample: unknown,
  options: ShapeOptions = {},
  path = "",
): string[] {
  const at = path || "(top)";
  const [got, want] = [typeOf(actual), typeOf(sample)];
  if (got !== want) return [`${at}: ${got}, published ${want}`];
  if (want === "array") {
    const element = options.elements?.[path] ?? (sample as unknown[])[0];
    if (element === undefined) return [];
    return (actual as unknown[]).flatMap((item, i) =>
      shapeDifferences(item, element, options, path).map((d) => d.replace(at, `${at}[${i}]`)),
    );
  }
  if (want !== "object") return [];
  const a = actual as Record<string, unknown>;
  const s = sample as Record<string, unknown>;
  const key = (k: string) => (path ? `${path}.${k}` : k);
  const missing = Object.keys(s)
    .filter((k) => !(k in a) && !options.optional?.includes(key(k)))
    .map((k) => `${key(k)}: missing`);
  const extra = Object.keys(a)
    .filter((k) => !(k in s))
    .map((k) => `${key(k)}: not in the published sample`);
  const nested = Object.keys(s)
    .filter((k) => k in a)
    .flatMap((k) => shapeDifferences(a[k], s[k], options, key(k)));
  return [...missing, ...extra, ...nested];
}
