import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_IMPORT } from "./web-args.mjs";

// A real HTTP server in a node process started with the web app's preload, answering with the
// X-Forwarded-For its request listener saw, as Next.js's listener would see it.
const SERVER = `
  const http = require("node:http");
  const server = http.createServer((req, res) => res.end(req.headers["x-forwarded-for"] ?? ""));
  server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

let server: ChildProcess;
let base: string;

beforeAll(async () => {
  server = spawn(process.execPath, [...PEER_ADDRESS_IMPORT, "-e", SERVER], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [port] = (await once(server.stdout!, "data")) as [Buffer];
  base = `http://127.0.0.1:${port.toString().trim()}`;
});

afterAll(() => {
  server.kill();
});

const seen = async (headers: Record<string, string> = {}) =>
  (await fetch(base, { headers })).text();

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
});
