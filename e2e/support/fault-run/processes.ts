import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";

/** The repository: both the Playwright spec and the bench run from its root. */
export const ROOT = path.resolve(process.cwd());

/** One service of the fault run's stack, its output kept for when a check fails. */
export interface Service {
  name: string;
  child: ChildProcess;
  output(): string;
}

export function startService(name: string, args: string[], env: NodeJS.ProcessEnv): Service {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { name, child, output: () => output };
}

/**
 * SIGTERM, then SIGKILL after `graceMs` if given (never for a process that must stop what it
 * holds, such as a database); resolves once the process is gone.
 */
export function stopProcess(child: ChildProcess, graceMs?: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill =
      graceMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Runs a snippet of ES module code from the repository root (the start scripts' own helpers are
 * ES modules that Playwright's loader cannot import) and returns what it printed.
 */
export function runModule(code: string, env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.status !== 0) throw new Error(`helper failed (exit ${result.status}): ${code}`);
  return result.stdout;
}

/** Runs a TypeScript entry point (migrations, seed) with tsx to completion. */
export function runTsx(script: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [script, ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0)
    throw new Error(`${script} failed (exit ${result.status}):\n${result.stderr.slice(-3000)}`);
  return result.stdout;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
