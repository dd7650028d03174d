import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** One running copy of Packline per data folder; a stale lock (dead pid) is taken over. */
export function acquireInstanceLock(dataDir, url) {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "packline.lock");
  if (existsSync(file)) {
    const held = JSON.parse(readFileSync(file, "utf8"));
    if (held.pid !== process.pid && alive(held.pid)) {
      throw new Error(
        `Packline is already running from this folder (process ${held.pid}, ${held.url}).\n` +
          `Open ${held.url}, or stop that copy with Ctrl-C first.`,
      );
    }
  }
  writeFileSync(
    file,
    JSON.stringify({ pid: process.pid, url, startedAt: new Date().toISOString() }),
  );
  return () => rmSync(file, { force: true });
}
