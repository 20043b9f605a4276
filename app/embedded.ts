import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * One embedded PostgreSQL (PGlite, Postgres compiled to WebAssembly) per domain, kept on disk
 * under the data directory and served on a loopback socket so the subgraphs use the same `pg`
 * code path as on a real server. All socket connections share PGlite's single session, so each
 * database gets exactly one pooled connection.
 */
export interface EmbeddedDatabase {
  pglite: PGlite;
  connectionString: string;
  close(): Promise<void>;
}

export async function openEmbeddedDatabase(dataDir: string, domain: string): Promise<EmbeddedDatabase> {
  const directory = path.resolve(dataDir, domain);
  mkdirSync(directory, { recursive: true });
  const pglite = await PGlite.create(directory);
  // The pool holds one connection (lib/db.ts, sharedSession). A second slot lets it reconnect
  // after losing one before the server has noticed the loss, instead of being refused.
  const socket = new PGLiteSocketServer({ db: pglite, port: 0, host: '127.0.0.1', maxConnections: 2 });
  await socket.start();
  const connection = socket.getServerConn();
  const port = Number(connection.slice(connection.lastIndexOf(':') + 1));
  return {
    pglite,
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async close() {
      await socket.stop();
      await pglite.close();
    },
  };
}
