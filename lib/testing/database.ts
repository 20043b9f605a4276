import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDb, type Db } from '../db.ts';
import { migrate } from '../migrate.ts';

/**
 * Test databases on the real PostgreSQL server: each call creates a fresh, migrated database and
 * returns a `drop` that removes it. Set OPSGRAPH_TEST_ADMIN_URL to use another server.
 */
export const adminUrl = process.env.OPSGRAPH_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  db: Db;
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(domain: string, migrations: URL): Promise<TestDatabase> {
  const name = `opsgraph_test_${domain}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  const db = await connectDb({ name: domain, connectionString: url, maxConnections: 4 });
  await migrate(db, migrations);
  return {
    db,
    url,
    name,
    async drop() {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
