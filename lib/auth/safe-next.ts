/**
 * Where to go after signing in: only a path on this site. Browsers read `//host`, `/\host` and
 * `/<tab>/host` as another site, and a path may arrive percent-encoded once or twice more than
 * it looks, so every decoding of the value must pass: it starts with one `/`, has no
 * backslash and no control character. Anything else sends the person to `/`.
 */
const BASE = "http://packline.invalid";
const MAX_LENGTH = 2048;
// C0 controls (tab, CR, LF among them), DEL and C1 controls; the URL parser drops some of them.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function looksLocal(path: string): boolean {
  return (
    path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") && !CONTROL.test(path)
  );
}

/** The value and what it becomes decoded once, twice …, until a `%` is only a `%`. */
function everyDecoding(value: string): string[] {
  const seen = [value];
  for (let current = value, round = 0; round < 4 && current.includes("%"); round++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      break;
    }
    seen.push(current);
  }
  return seen;
}

export function safeNext(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length > MAX_LENGTH) return fallback;
  if (!everyDecoding(next).every(looksLocal)) return fallback;
  const url = new URL(next, BASE);
  if (url.origin !== BASE) return fallback;
  // Dot segments are resolved by the parser: `/.//evil.example` comes out as `//evil.example`.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return everyDecoding(path).every(looksLocal) ? path : fallback;
}
