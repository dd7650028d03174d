import pg from "pg";

/** A new database on the test server: a copy of the migrated template, with no rows of anyone's. */
export async function copyTemplateDatabase(server: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE packline_template`);
  } finally {
    await admin.end();
  }
  return `${server}/${name}`;
}
