// Keeps one long-running service of `npm start` (web, worker, sandbox) running: a service that
// dies is started again after a pause that doubles from 1 s to 30 s and falls back to 1 s once
// the service has run well for a minute. A service never takes the others or the database down.
import { spawn } from "node:child_process";
import path from "node:path";
import { root } from "./run.mjs";

const FIRST_PAUSE_MS = 1_000;
const LONGEST_PAUSE_MS = 30_000;
const RAN_WELL_MS = 60_000;

// Preloaded into every service: it stops itself if this supervisor dies (exit-with-supervisor.mjs).
const GUARD = path.join(root, "scripts", "lib", "exit-with-supervisor.mjs");

/**
 * @param {{ name: string, args: string[], env: NodeJS.ProcessEnv, onExit?: (how: string) => boolean }} service
 *   `args` are node's arguments (a script and its options). `onExit` is told how the service
 *   ended and answers whether to start it again; without it, it always is.
 */
export function supervise({ name, args, env, onExit = () => true }) {
  let child = null;
  let timer = null;
  let stopping = false;
  let pauseMs = FIRST_PAUSE_MS;

  const start = () => {
    timer = null;
    const startedAt = Date.now();
    child = spawnService(name, args, env);
    child.once("exit", (code, signal) => {
      killGroup(child.pid, "SIGKILL"); // whatever the service started goes with it
      if (stopping) return;
      const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
      const ran = Date.now() - startedAt;
      if (ran >= RAN_WELL_MS) pauseMs = FIRST_PAUSE_MS;
      if (!onExit(how)) return;
      say(`${name} ${how} after ${duration(ran)}; starting it again in ${duration(pauseMs)}.`);
      timer = setTimeout(start, pauseMs);
      pauseMs = Math.min(pauseMs * 2, LONGEST_PAUSE_MS);
    });
  };
  start();

  return {
    name,
    get pid() {
      return child?.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    /** SIGTERM, then SIGKILL after `graceMs`; resolves once the service and its children are gone. */
    stop(graceMs = 15_000) {
      stopping = true;
      clearTimeout(timer);
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const kill = setTimeout(() => killGroup(child.pid, "SIGKILL"), graceMs);
        child.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        // The service alone: it stops its own children in order (tsx's esbuild last).
        child.kill("SIGTERM");
      });
    },
  };
}

/**
 * Starts a service in its own process group, so a Ctrl-C in the terminal reaches only the
 * supervisor (which then stops everything in order), with its output lines prefixed.
 */
function spawnService(name, args, env) {
  const child = spawn(process.execPath, ["--import", GUARD, ...args], {
    cwd: root,
    env: { ...env, PACKLINE_SUPERVISOR_PID: String(process.pid) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
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

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

export function say(message) {
  console.log(`[packline] ${message}`);
}

function duration(ms) {
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
