import { AppError } from "@/lib/errors/app-error";

/** The most a route reads unless it says otherwise: JSON forms and API calls are small. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
/** Courier and payment webhooks: their largest documented payloads are a few kilobytes. */
export const WEBHOOK_BODY_LIMIT = 256 * 1024;

const tooLarge = (limit: number) =>
  new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than this address accepts (${Math.round(limit / 1024)} KB).`,
  );

/**
 * Reads a request body as UTF-8 text, refusing it once it passes `limit` bytes: a declared
 * Content-Length over the limit is refused before anything is read, and a body streamed without
 * one is cut off at the limit instead of being buffered whole. Invalid UTF-8 is a 400, and so
 * are NUL characters (no JSON or form of ours carries one and PostgreSQL cannot store them)
 * unless `allowNul`: webhook receivers verify such a body first and keep it for inspection.
 */
export async function readBody(
  req: Request,
  limit: number,
  options: { allowNul?: boolean } = {},
): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid UTF-8 text.");
  }
  if (!options.allowNul && text.includes("\u0000"))
    throw new AppError("BAD_REQUEST", "The request body contains a NUL character.");
  return text;
}

/**
 * A body read as it arrives instead of whole, for the few routes that take a file (a courier's
 * remittance report): the same refusal of a declared or streamed size over `limit`, chunk by
 * chunk, so the route keeps only what it is working on. The route checks the text itself.
 */
export function streamBody(req: Request, limit: number): AsyncIterable<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const body = req.body;
  return {
    async *[Symbol.asyncIterator]() {
      if (!body) return;
      const reader = body.getReader();
      let size = 0;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          size += value.byteLength;
          if (size > limit) throw tooLarge(limit);
          yield value;
        }
      } finally {
        await reader.cancel().catch(() => undefined);
      }
    },
  };
}
