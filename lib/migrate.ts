import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

/**
 * Applies a domain's timestamped SQL migrations in name order, each once, recorded in
 * schema_migrations. Safe to run on every start and from several processes at once: an advisory
 * lock serialises concurrent runners.
 */
export async function migrate(db: Db, directory: URL): Promise<string[]> {
  const files = readdirSync(fileURLToPath(directory))
    .filter((file) => file.endsWith('.sql'))
    .sort();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7340001)');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const applied = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    const newlyApplied: string[] = [];
    for (const file of files) {
      if (applied.has(file)) continue;
      await tx.query(readFileSync(new URL(file, directory), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      newlyApplied.push(file);
    }
    return newlyApplied;
  });
}
