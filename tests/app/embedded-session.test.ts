import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../app/embedded.ts';
import { connectDb } from '../../lib/db.ts';

/*
 * An embedded database (PGlite) has one session that every socket connection shares. A pooled
 * connection that is lost (closed when idle, dropped by the socket) leaves its prepared statements
 * in that session; the next connection must not fail preparing them again.
 */
let dataDir: string;
let embedded: EmbeddedDatabase;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'opsgraph-session-'));
  embedded = await openEmbeddedDatabase(dataDir, 'ops');
}, 60_000);
afterAll(async () => {
  await embedded?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const QUERY = 'SELECT $1::int + 1 AS n';

describe('a shared embedded session', () => {
  it('runs the same prepared statement on a new connection after the first one is gone', async () => {
    const first = await connectDb({ name: 'ops', connectionString: embedded.connectionString, maxConnections: 1, sharedSession: true });
    expect(await first.query(QUERY, [1])).toEqual([{ n: 2 }]);
    await first.close();
    const second = await connectDb({ name: 'ops', connectionString: embedded.connectionString, maxConnections: 1, sharedSession: true });
    expect(await second.query(QUERY, [2])).toEqual([{ n: 3 }]);
    await second.close();
  });

  it('fails that way without it, which is what the option is for', async () => {
    const other = 'SELECT $1::int + 2 AS n';
    const first = await connectDb({ name: 'ops', connectionString: embedded.connectionString, maxConnections: 1 });
    await first.query(other, [1]);
    await first.close();
    const second = await connectDb({ name: 'ops', connectionString: embedded.connectionString, maxConnections: 1 });
    await expect(second.query(other, [2])).rejects.toThrow(/already exists/);
    await second.close();
  });
});
