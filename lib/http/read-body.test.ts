import { describe, expect, it } from "vitest";
import { readBody, streamBody } from "./read-body";

function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);

describe("readBody", () => {
  it("reads UTF-8 text within the limit", async () => {
    expect(await readBody(post('{"name":"कुर्ता"}'), 100)).toBe('{"name":"कुर्ता"}');
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const req = post("x", { "content-length": "5000000" });
    await expect(readBody(req, 1024)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("stops reading a streamed body once it passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(65));
      },
    });
    await expect(readBody(post(endless), 10 * 1024)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
    expect(pulled).toBeLessThan(20);
  });

  it("refuses invalid UTF-8 and NUL characters with a sentence", async () => {
    await expect(readBody(post(streamOf(new Uint8Array([0xc3, 0x28]))), 100)).rejects.toMatchObject(
      { code: "BAD_REQUEST", message: expect.stringContaining("UTF-8") },
    );
    await expect(readBody(post('{"a":"\u0000"}'), 100)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("NUL"),
    });
  });
});

describe("streamBody", () => {
  const drain = async (body: AsyncIterable<Uint8Array>) => {
    let size = 0;
    for await (const chunk of body) size += chunk.byteLength;
    return size;
  };

  it("hands over a body chunk by chunk within the limit", async () => {
    const chunk = new Uint8Array(1000).fill(65);
    expect(await drain(streamBody(post(streamOf(chunk, chunk, chunk)), 3000))).toBe(3000);
  });

  it("refuses a declared size over the limit at once, and a streamed one when it passes it", async () => {
    expect(() => streamBody(post("x", { "content-length": "5000000" }), 1024)).toThrow(
      expect.objectContaining({ code: "PAYLOAD_TOO_LARGE" }),
    );
    const chunk = new Uint8Array(1000);
    await expect(drain(streamBody(post(streamOf(chunk, chunk)), 1500))).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
  });
});
