// Reads the Prisma schema: one file, or a folder of .prisma files (multi-file schemas).
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { SchemaContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";

export async function readSchemaFiles(schemaPath: string): Promise<SchemaContainer[]> {
  const resolved = path.resolve(schemaPath);
  const info = await stat(resolved).catch(() => null);
  if (!info) throw new Error(`Prisma schema not found at ${resolved}`);
  const files = info.isDirectory() ? await prismaFilesUnder(resolved) : [resolved];
  if (files.length === 0) throw new Error(`No .prisma files under ${resolved}`);
  return Promise.all(
    files.map(async (file) => ({ path: file, content: await readFile(file, "utf8") })),
  );
}

async function prismaFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".prisma"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
