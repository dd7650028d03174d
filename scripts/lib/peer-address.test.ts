import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_IMPORT } from "./web-args.mjs";

// A real HTTP server in a node process started with the web app's preload. Its request listener
// (standing in for Next.js's) prints the X-Forwarded-For it saw, one line per request, and
// answers with it.
const SERVER = `
  const http = require("node:http");
  const server = http.createServer((req, res) => {
    const seen = req.headers["x-forwarded-for"] ?? "";
    console.log(JSON.stringify(seen));
    res.end(seen);
  });
  server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

let server: ChildProcess;
let base: { port: number; url: string };
const lines: string[] = [];
let nextLine: (() => void) | null = null;

beforeAll(async () => {
  server = spawn(process.execPath, [...PEER_ADDRESS_IMPORT, "-e", SERVER], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const output = createInterface({ input: server.stdout! });
  const [port] = (await once(output, "line")) as [string];
  output.on("line", (line) => {
    lines.push(JSON.parse(line) as string);
    nextLine?.();
  });
  base = { port: Number(port), url: `http://127.0.0.1:${port}` };
});

afterAll(() => {
  server.kill();
});

const seen = async (headers: Record<string, string> = {}) =>
  (await fetch(base.url, { headers })).text();

/** Sends a request and resets the connection at once; what the server's listener saw. */
async function sentAndReset(forged: string): Promise<string> {
  const printed = new Promise<void>((resolve) => (nextLine = resolve));
  const socket = connect(base.port, "127.0.0.1");
  socket.on("error", () => {});
  await once(socket, "connect");
  socket.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: ${forged}\r\n\r\n`, () =>
    socket.resetAndDestroy(),
  );
  await printed;
  return lines.at(-1)!;
}

describe("the web process's peer-address preload", () => {
  it("names the connecting address when the client sends no X-Forwarded-For", async () => {
    expect(await seen()).toBe("127.0.0.1");
  });

  it("appends the connecting address to a header the client wrote, so it cannot pose as another", async () => {
    expect(await seen({ "x-forwarded-for": "6.6.6.6" })).toBe("6.6.6.6, 127.0.0.1");
    expect(await seen({ "x-forwarded-for": "6.6.6.6, 7.7.7.7" })).toBe(
      "6.6.6.6, 7.7.7.7, 127.0.0.1",
    );
  });

  it("never lets a request whose client reset the connection at once pose as another", async () => {
    // A reset that reaches the server before it accepts the connection leaves no address to
    // read: the request then counts as the shared "unknown" client, never as the forged one.
    for (let i = 0; i < 20; i++)
      expect(await sentAndReset("6.6.6.6")).toMatch(/^6\.6\.6\.6, (127\.0\.0\.1|unknown)$/);
  });
});
