import pg from "pg";
import { expect, it } from "vitest";
import { connectionConfig, db } from "./db";

it("runs every session in UTC even when the database defaults to India's time zone", async () => {
  await db.$executeRawUnsafe(
    `ALTER DATABASE "${await databaseName()}" SET TimeZone = 'Asia/Kolkata'`,
  );
  const plain = new pg.Client({ connectionString: connectionConfig().connectionString });
  const app = new pg.Client(connectionConfig());
  await Promise.all([plain.connect(), app.connect()]);
  try {
    expect((await plain.query("SHOW TimeZone")).rows[0].TimeZone).toBe("Asia/Kolkata");
    expect((await app.query("SHOW TimeZone")).rows[0].TimeZone).toBe("UTC");
  } finally {
    await Promise.all([plain.end(), app.end()]);
  }
});

async function databaseName(): Promise<string> {
  const [row] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  return row!.name;
}
