// Compiles the processes that run outside Next.js (worker, sandbox, migration runner, set-up) to plain
// JavaScript in dist/, so production runs `node dist/<name>.mjs` with no tsx and no
// devDependencies. Project code (lib/, prisma/, the generated Prisma client) is bundled; every
// npm package stays an import of node_modules, so only `dependencies` are needed at run time.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";
import { root } from "./lib/run.mjs";

const ENTRIES = {
  worker: "lib/jobs/worker.ts",
  sandbox: "sandbox/main.ts",
  migrate: "prisma/migrate/cli.ts",
  // the first admin's set-up (or the demo seed with --demo): `npm run setup` without tsx
  setup: "prisma/seed.ts",
};

const outdir = path.join(root, "dist");
rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  // ESM like the generated Prisma client (moduleFormat "esm"); CommonJS packages are imported
  // by Node itself, so none of their `require` calls end up in the bundle.
  platform: "node",
  format: "esm",
  target: "node20.19",
  packages: "external",
  tsconfig: path.join(root, "tsconfig.json"),
  sourcemap: true,
  logLevel: "warning",
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Compiled ${Object.keys(ENTRIES).join(", ")} to dist/ in ${seconds}s`);
