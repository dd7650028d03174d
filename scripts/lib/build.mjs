import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { binPath, root, run } from "./run.mjs";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/**
 * Runs `next build` unless the build is newer than every source file. This is the demo's and the
 * e2e run's build: it skips Next's type check (next.config.ts); `npm run build` does not.
 */
export function ensureBuilt(env) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (builtAt > sourcesAt) return false;
  console.log("Building the web app (next build)…");
  run(binPath("next"), ["build"], {
    env: { ...env, PACKLINE_DEMO_BUILD: "1" },
    label: "next build",
  });
  return true;
}
