import { readFileSync } from "node:fs";
import path from "node:path";

let version: string | undefined;

/**
 * The id of the running build (what `next build` wrote to .next/BUILD_ID), so the floor's service
 * worker is registered under a new URL after every deploy and drops what the old one kept.
 * `next dev` writes none: "dev" then.
 */
export function appVersion(): string {
  if (version === undefined) {
    try {
      version = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim() || "dev";
    } catch {
      version = "dev";
    }
  }
  return version;
}
