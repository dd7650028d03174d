import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { root, run } from "./run.mjs";

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** `npm ci` when node_modules is missing or older than the lockfile: a fresh clone just works. */
export function ensureInstalled() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  if (mtime(marker) >= mtime(path.join(root, "package-lock.json"))) return;
  console.log("Installing dependencies (npm ci)…");
  run("npm", ["ci", "--no-audit", "--no-fund"], { label: "npm ci" });
}

/** Generates the Prisma client when it is missing or older than the schema. */
export function ensureGenerated() {
  const client = path.join(root, "lib", "generated", "prisma", "client.ts");
  if (mtime(client) >= mtime(path.join(root, "prisma", "schema.prisma"))) return;
  console.log("Generating the Prisma client…");
  run(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], {
    label: "prisma generate",
  });
}
