// tsx prisma/migrate/cli.ts deploy | create --name <name> | status
//   [--schema <file|dir>] [--migrations-dir <dir>] [--verbose]
// Reads DATABASE_URL (from the environment, else from ./.env). Always ends the process itself:
// the engine's idle pools and wasm timers would otherwise keep it alive.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createMigration, deployMigrations, migrationStatus } from "./index";

const USAGE = `Usage: tsx prisma/migrate/cli.ts <deploy|create|status> [options]
  deploy                 apply pending migrations to DATABASE_URL (creating the database if missing)
  create --name <name>   write prisma/migrations/<timestamp>_<name>/migration.sql from the schema
  status                 list pending migrations; exit 1 unless the database is up to date
Options: --schema <file|dir>  --migrations-dir <dir>  --verbose (engine logs on stderr)`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      schema: { type: "string" },
      "migrations-dir": { type: "string" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) return usage(values.help ? 0 : 1);
  const databaseUrl = readDatabaseUrl();
  const common = {
    migrationsDir: values["migrations-dir"],
    log: values.verbose ? (line: string) => process.stderr.write(`${line}\n`) : undefined,
  };
  switch (command) {
    case "deploy": {
      const { applied, createdDatabase } = await deployMigrations(databaseUrl, common);
      if (createdDatabase) console.log("Created the database.");
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}`
          : "No pending migrations.",
      );
      return 0;
    }
    case "create": {
      if (!values.name) return usage(1, "create needs --name <name>.");
      const result = await createMigration({
        ...common,
        databaseUrl,
        name: values.name,
        schemaPath: values.schema,
      });
      console.log(
        result.migrationName
          ? `Created migration ${result.migrationName}`
          : "The schema matches the migrations: no migration written.",
      );
      return 0;
    }
    case "status":
      return printStatus(await migrationStatus(databaseUrl, common));
    default:
      return usage(1, `Unknown command "${command}".`);
  }
}

function printStatus(status: Awaited<ReturnType<typeof migrationStatus>>): number {
  const list = (title: string, names: string[]) =>
    names.length && console.log(`${title}:\n  ${names.join("\n  ")}`);
  const applied = status.local.filter(
    (name) => !status.pending.includes(name) && !status.failed.includes(name),
  );
  console.log(`${status.local.length} migration(s) in the folder, ${applied.length} applied.`);
  if (!status.databaseExists) console.log("The database does not exist yet.");
  list("Pending", status.pending);
  list("Failed (fix, then mark resolved)", status.failed);
  list("Applied but edited since", status.edited);
  list("In the database but not in the folder", status.unknownToFolder);
  console.log(
    status.upToDate ? "Database schema is up to date." : "Database schema is NOT up to date.",
  );
  return status.upToDate ? 0 : 1;
}

function readDatabaseUrl(): string {
  const envFile = path.resolve(".env");
  if (!process.env.DATABASE_URL && existsSync(envFile)) process.loadEnvFile(envFile);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  return url;
}

function usage(code: number, problem?: string): number {
  if (problem) console.error(problem);
  (code ? console.error : console.log)(USAGE);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
