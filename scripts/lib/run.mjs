import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));

/** Runs a command to completion with inherited output; throws if it fails. */
export function run(command, args, { env = process.env, cwd = root, label } = {}) {
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" });
  if (result.status !== 0) {
    throw new Error(
      `${label ?? [command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`,
    );
  }
}

/** Starts a long-running child whose output lines are prefixed with its name. */
export function startService(name, command, args, { env, cwd = root } = {}) {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = `[${name}]`.padEnd(10);
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    let buffer = "";
    stream.on("data", (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) out.write(`${prefix} ${line}\n`);
    });
  }
  return child;
}

/** Sends SIGTERM, then SIGKILL if the child has not exited within `graceMs`. */
export function stopChild(child, graceMs = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export function binPath(name) {
  return `${root}node_modules/.bin/${name}`;
}
