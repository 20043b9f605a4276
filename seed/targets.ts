import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DatabaseUnreachableError, redactUrl } from '../lib/db.ts';
import { csvRow, type CsvValue } from './csv.ts';

/** Where the loader writes: bulk COPY of rows into a table, and plain statements. */
export interface BulkTarget {
  copy(table: string, columns: readonly string[], rows: Iterable<readonly CsvValue[]>): Promise<void>;
  exec(sql: string): Promise<void>;
}

/** Rows per COPY chunk: bounds the size of one CSV string in memory. */
export const COPY_CHUNK_ROWS = 20_000;

/** The CSV text of `rows` in chunks of `chunkRows` rows. */
export function* csvChunks(rows: Iterable<readonly CsvValue[]>, chunkRows = COPY_CHUNK_ROWS): Generator<string> {
  let parts: string[] = [];
  for (const row of rows) {
    parts.push(csvRow(row));
    if (parts.length === chunkRows) {
      yield parts.join('');
      parts = [];
    }
  }
  if (parts.length > 0) yield parts.join('');
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `COPY ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) FROM ${source} WITH (FORMAT csv)`;
}

function copyFailed(table: string, error: unknown): Error {
  return new Error(`COPY into ${table} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/** An in-process PGlite database: one COPY FROM '/dev/blob' per chunk. */
export function pgliteTarget(pglite: Pick<PGlite, 'query' | 'exec'>): BulkTarget {
  return {
    async copy(table, columns, rows) {
      const sql = copyStatement(table, columns, `'/dev/blob'`);
      try {
        for (const csv of csvChunks(rows)) await pglite.query(sql, [], { blob: new Blob([csv]) });
      } catch (error) {
        throw copyFailed(table, error);
      }
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
  };
}

export interface PostgresTarget extends BulkTarget {
  close(): Promise<void>;
}

/** A PostgreSQL server: one connection, one streamed COPY FROM STDIN per table. */
export function postgresTarget(connectionString: string, options: { name?: string } = {}): PostgresTarget {
  const name = options.name ?? 'target';
  let connecting: Promise<pg.Client> | null = null;
  const connection = () => {
    connecting ??= (async () => {
      const client = new pg.Client({ connectionString, application_name: `opsgraph-seed-${name}` });
      client.on('error', () => undefined);
      try {
        await client.connect();
      } catch (error) {
        throw new DatabaseUnreachableError(name, redactUrl(connectionString), error);
      }
      return client;
    })();
    return connecting;
  };
  return {
    async copy(table, columns, rows) {
      const client = await connection();
      try {
        await pipeline(Readable.from(csvChunks(rows)), client.query(copyFrom(copyStatement(table, columns, 'STDIN'))));
      } catch (error) {
        throw copyFailed(table, error);
      }
    },
    async exec(sql) {
      await (await connection()).query(sql);
    },
    async close() {
      if (!connecting) return;
      const client = await connecting.catch(() => null);
      await client?.end();
    },
  };
}
