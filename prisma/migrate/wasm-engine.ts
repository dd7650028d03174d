// Loads Prisma's schema engine compiled to WebAssembly. The package's entry point does
// `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot load, so we
// instantiate the .wasm ourselves and hand it to the generated wasm-bindgen glue.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

declare global {
  // The generated glue reports a Rust panic's message here just before the wasm traps.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let loading: Promise<typeof bindings> | undefined;
let lastPanic: string | undefined;
let openSessions = 0;
// The engine arms timeouts (about 10 s) around its queries and never clears them; once no
// engine is left they would only keep the process alive, so we track and clear them.
const pendingTimers = new Set<NodeJS.Timeout>();

/** Loads the engine once per process; call `release()` when done with the engine it makes. */
export async function openSchemaEngineRuntime(): Promise<{
  SchemaEngine: typeof bindings.SchemaEngine;
  release(): void;
}> {
  loading ??= instantiate();
  const { SchemaEngine } = await loading;
  openSessions += 1;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    openSessions -= 1;
    if (openSessions > 0) return;
    for (const timer of pendingTimers) clearTimeout(timer);
    pendingTimers.clear();
  };
  return { SchemaEngine, release };
}

/** The message of the engine panic since the last call, if any (the trap itself says little). */
export function takePanicMessage(): string | undefined {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

async function instantiate(): Promise<typeof bindings> {
  const glue = createRequire(import.meta.url).resolve(
    "@prisma/schema-engine-wasm/schema_engine_bg",
  );
  const bytes = await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
  const imports = { ...bindings, ...trackedSetTimeout() };
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message) => void (lastPanic = message),
  };
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/** Replaces the glue's setTimeout import (its name carries a build hash) with a tracked one. */
function trackedSetTimeout(): Record<string, unknown> {
  const name = Object.keys(bindings).find((key) => key.startsWith("__wbg_setTimeout_"));
  if (!name) return {};
  const setTracked = (callback: () => void, ms: number) => {
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      callback();
    }, ms >>> 0);
    pendingTimers.add(timer);
    return timer;
  };
  return { [name]: setTracked };
}
