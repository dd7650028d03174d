import { spawnSync } from "node:child_process";
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

/** Like run, but returns what the command printed on stdout (stderr still shows). */
export function runForOutput(command, args, { env = process.env, cwd = root, label } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env,
    stdio: ["inherit", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(
      `${label ?? [command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`,
    );
  }
  return result.stdout;
}

export function binPath(name) {
  return `${root}node_modules/.bin/${name}`;
}
