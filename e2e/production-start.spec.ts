import { expect, test } from "@playwright/test";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./support/fault-run/processes";
import { startDatabase } from "./support/own-stack";
import { until } from "./support/until";

// The README's production start, as a release would run it: the committed files, the build
// (`npm test` has just built .next; dist/ is compiled here), node_modules with the
// devDependencies pruned (`npm prune --omit=dev`), then `npm run start:prod` against a database
// of its own. Web and worker answer their health checks, the first admin gets a set-up link, and
// SIGTERM stops both cleanly. It runs in a copy, so pruning leaves this checkout alone.
const ROOT = path.resolve(__dirname, "..");
// (typescript and @playwright/test stay: Prisma and Next.js declare them peer dependencies.)
const DEV_ONLY = ["tsx", "esbuild", "vitest", "eslint", "prettier"];

/** A fresh directory with what a clone has after `npm ci`, `npm run generate` and the build. */
function assembleRelease(dir: string): void {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT }).toString().split("\0");
  for (const file of tracked.filter(Boolean))
    if (existsSync(path.join(ROOT, file)))
      cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
  cpSync(path.join(ROOT, "lib/generated"), path.join(dir, "lib/generated"), { recursive: true });
  cpSync(path.join(ROOT, ".next"), path.join(dir, ".next"), {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(ROOT, ".next", "cache")),
  });
  // Hard links: a copy of 1 GB in seconds; pruning the copy removes links, not the originals. The
  // one file npm rewrites in place, its record of the tree, becomes a copy of its own first.
  execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
  const record = path.join(dir, "node_modules", ".package-lock.json");
  rmSync(record, { force: true });
  const original = path.join(ROOT, "node_modules", ".package-lock.json");
  if (existsSync(original)) cpSync(original, record);
  // The rest of `npm run build`, in the release (the checkout's own dist/ is left alone).
  execFileSync(process.execPath, ["scripts/build-node.mjs"], { cwd: dir, stdio: "pipe" });
  execFileSync("npm", ["prune", "--omit=dev", "--offline", "--no-audit", "--no-fund"], {
    cwd: dir,
    stdio: "pipe",
  });
}

test("npm run start:prod runs web and worker from a pruned release and stops cleanly", async () => {
  test.setTimeout(300_000);
  const release = mkdtempSync(path.join(tmpdir(), "packline-release-"));
  let database: Awaited<ReturnType<typeof startDatabase>> | undefined;
  try {
    assembleRelease(release);
    database = await startDatabase();
    for (const devOnly of DEV_ONLY)
      expect(existsSync(path.join(release, "node_modules", devOnly)), devOnly).toBe(false);

    const [port, healthPort] = [await freePort(), await freePort()];
    const base = `http://127.0.0.1:${port}`;
    // What `npm run start:prod` runs; signalled directly, as systemd or a container runtime would.
    const server = spawn(process.execPath, ["scripts/start-prod.mjs"], {
      cwd: release,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: database.url,
        NEXTAUTH_URL: base,
        NEXTAUTH_SECRET: "a-production-secret-of-at-least-32-characters",
        PACKLINE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
        HOST: "127.0.0.1",
        PORT: String(port),
        WORKER_HEALTH_PORT: String(healthPort),
        NODE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout.on("data", (chunk) => (output += chunk));
    server.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    try {
      const healthy = (url: string) => async () =>
        (await fetch(url).catch(() => null))?.ok || server.exitCode !== null || undefined;
      await until("the web app's health check", healthy(`${base}/api/health`), 120_000);
      await until(
        "the worker's health check",
        healthy(`http://127.0.0.1:${healthPort}/health`),
        60_000,
      );
      expect(server.exitCode, output).toBeNull();

      // No users yet: the start printed a one-time set-up link, and it opens.
      const link = output.match(/\/setup\/[A-Za-z0-9_-]+/)?.[0];
      expect(link, output).toBeTruthy();
      const setup = await fetch(`${base}${link}`);
      expect(setup.status).toBe(200);
      // A dead link also answers 200, with a sentence instead of the form: the form is there.
      expect(await setup.text()).toContain('name="password"');
      expect((await fetch(`${base}/login`)).status).toBe(200);
    } finally {
      // start-prod.mjs passes it on to web and worker and waits for both.
      if (server.exitCode === null) server.kill("SIGTERM");
    }
    expect(await exited, output).toBe(0);
    expect(output).toContain("web stopped");
    expect(output).toContain("worker stopped");
  } finally {
    await database?.stop();
    rmSync(release, { recursive: true, force: true });
  }
});
