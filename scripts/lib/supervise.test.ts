import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// The supervisor of `npm start` run for real: a small supervisor process (this harness) keeps a
// tiny node service, and the test reads what it prints and which processes exist.
const superviseUrl = pathToFileURL(path.join(__dirname, "supervise.mjs")).href;
const started: ChildProcess[] = [];
afterEach(() => started.forEach((child) => child.kill("SIGKILL")));

function supervisor(serviceCode: string, env: Record<string, string> = {}) {
  const harness = `
    import { supervise } from ${JSON.stringify(superviseUrl)};
    const service = supervise({ name: "svc", args: ["-e", ${JSON.stringify(serviceCode)}], env: process.env });
    setTimeout(() => console.log("service pid " + service.pid), 200);
    process.on("SIGTERM", async () => { await service.stop(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", harness], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  started.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function until<T>(what: string, check: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
// Field 5 of /proc/<pid>/stat, after the parenthesised command name.
const processGroup = (pid: number) =>
  Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[2]);

describe("supervise", () => {
  it("starts a service that dies again, after pauses that double", async () => {
    const { child, output } = supervisor("setTimeout(() => process.exit(3), 20)");
    const restarts = await until("three restarts", () => {
      const lines = output().match(/svc exited with code 3 .*/g);
      return lines && lines.length >= 3 ? lines : undefined;
    });
    expect(restarts.map((line) => line.replace(/.*starting it again in /, ""))).toEqual([
      "1 s.",
      "2 s.",
      "4 s.",
    ]);
    child.kill("SIGTERM");
    await until("the supervisor to stop", () => child.exitCode !== null || undefined);
  });

  it.skipIf(process.platform !== "linux")(
    "runs a service in its own process group, and the service stops when its supervisor is killed",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "supervise-test-"));
      const marker = path.join(dir, "stopped");
      const service = `
        process.on("SIGTERM", () => { require("fs").writeFileSync(process.env.MARKER, "SIGTERM"); process.exit(0); });
        setInterval(() => {}, 1000);`;
      const { child, output } = supervisor(service, { MARKER: marker });
      const pid = Number(
        await until("the service pid", () => output().match(/service pid (\d+)/)?.[1]),
      );

      // Ctrl-C in a terminal goes to the foreground process group: the supervisor's, not this.
      expect(processGroup(pid)).toBe(pid);
      expect(processGroup(pid)).not.toBe(processGroup(child.pid!));

      child.kill("SIGKILL");
      await until("the service to stop", () => !alive(pid) || undefined, 15_000);
      expect(existsSync(marker) && readFileSync(marker, "utf8")).toBe("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  );
});
