// One schema engine over our pg adapter, torn down (engine and pools) when the work is done.
import { createMigrateAdapter } from "./pg-adapter";
import { openSchemaEngineRuntime, takePanicMessage, type SchemaEngine } from "./wasm-engine";

export interface EngineSessionOptions {
  url: string;
  /** Needed only by commands that replay migrations (diff from migrations). */
  shadowUrl?: string;
  /** Receives the engine's own log lines (JSON); silent by default. */
  log?: (line: string) => void;
}

export async function withSchemaEngine<T>(
  options: EngineSessionOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine, release } = await openSchemaEngineRuntime();
  const adapter = createMigrateAdapter(options);
  try {
    const log = options.log ?? (() => {});
    const engine = await SchemaEngine.new({ datamodels: undefined }, log, adapter.factory).catch(
      rethrowEngineError,
    );
    try {
      return await work(engine).catch(rethrowEngineError);
    } finally {
      engine.free();
    }
  } finally {
    release();
    await adapter.close();
  }
}

/** The engine rejects with plain objects or errors whose message is JSON; make them readable. */
function rethrowEngineError(error: unknown): never {
  const panic = takePanicMessage();
  if (panic) throw new Error(`The schema engine crashed: ${panic}`, { cause: error });
  if (error instanceof Error) throw error;
  const message =
    typeof error === "object" && error && "message" in error
      ? String(error.message)
      : String(error);
  throw new Error(message, { cause: error });
}
