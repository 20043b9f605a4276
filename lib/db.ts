import { createHash } from 'node:crypto';
import pg from 'pg';

// DATE columns come back as 'YYYY-MM-DD' strings: a JS Date would shift them by the local zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * The one place that owns a domain's connection pool: error listeners, timeouts, statement
 * counting (the N+1 tests and the benchmark read it) and optional query logging.
 *
 * node-postgres returns numeric and int8 as strings on purpose; repositories convert them with
 * the helpers in ./convert.ts, never with ad-hoc Number() calls.
 */
export interface Db {
  /** Runs one parameterised statement and returns its rows. */
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` on one checked-out client inside BEGIN/COMMIT, rolling back on error. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  /** Statements issued since the pool was created (every query and transaction statement). */
  readonly stats: { statements: number };
  readonly name: string;
  close(): Promise<void>;
}

export interface DbOptions {
  /** Domain name used in messages: "erp", "pim", "oms". */
  name: string;
  connectionString: string;
  /** Pool size. Embedded PGlite databases must use 1: all socket connections share one session. */
  maxConnections?: number;
  /**
   * Every connection to this server shares one session (embedded PGlite): the pool keeps its one
   * connection open instead of closing it when idle, and a new connection first forgets the
   * prepared statements a lost one left in the session (else preparing them again fails with
   * "prepared statement already exists").
   */
  sharedSession?: boolean;
  statementTimeoutMs?: number;
  log?: (line: string) => void;
}

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly domain: string,
    readonly target: string,
    cause: unknown,
  ) {
    super(`cannot reach the ${domain.toUpperCase()} database at ${target}: ${describeCause(cause)}`);
    this.name = 'DatabaseUnreachableError';
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof AggregateError && cause.errors.length > 0) return describeCause(cause.errors[0]);
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    return code && !cause.message.includes(code) ? `${code} ${cause.message}` : cause.message || String(code);
  }
  return String(cause);
}

/** The connection string without its password, for messages. */
export function redactUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

export async function connectDb(options: DbOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: options.sharedSession ? 0 : 30_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    application_name: `opsgraph-${options.name}`,
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', (error) => options.log?.(`[${options.name}] idle connection error: ${error.message}`));
  // Queued ahead of anything the pool's caller sends on the new connection.
  if (options.sharedSession) pool.on('connect', (client) => void client.query('DEALLOCATE ALL').catch(() => undefined));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnreachableError(options.name, redactUrl(options.connectionString), error);
  }
  return wrapPool(pool, options);
}

function wrapPool(pool: pg.Pool, options: DbOptions): Db {
  const stats = { statements: 0 };
  const logging = process.env.OPSGRAPH_SQL_LOG === '1';
  const run = async <Row extends object>(runner: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) => {
    stats.statements += 1;
    if (logging) console.error(`[sql:${options.name}] ${sql.replace(/\s+/g, ' ').trim()}`);
    const values = params as unknown[] | undefined;
    // A statement with parameters runs as a named prepared statement: each pooled connection
    // parses and plans it once, not on every request (PostgreSQL spent 40% of a storefront page's
    // time parsing and planning). Statements without parameters (migrations hold several) use
    // the simple protocol, which cannot be prepared.
    const result = values && values.length > 0
      ? await runner.query<Row>({ name: statementName(sql), text: sql, values })
      : await runner.query<Row>(sql);
    return result.rows;
  };
  return {
    name: options.name,
    stats,
    query: (sql, params) => run(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      const tx: Db = {
        name: options.name,
        stats,
        query: (sql, params) => run(client, sql, params),
        transaction: (inner) => inner(tx),
        close: async () => undefined,
      };
      try {
        await run(client, 'BEGIN');
        const result = await work(tx);
        await run(client, 'COMMIT');
        return result;
      } catch (error) {
        await run(client, 'ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const STATEMENT_NAMES = new Map<string, string>();

/** A prepared statement's name: the same for the same SQL text, in every connection. */
function statementName(sql: string): string {
  let name = STATEMENT_NAMES.get(sql);
  if (!name) {
    name = `opsgraph_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    STATEMENT_NAMES.set(sql, name);
  }
  return name;
}
