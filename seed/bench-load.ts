import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { connectDb } from '../lib/db.ts';
import { migrate } from '../lib/migrate.ts';
import { adminQuery, databaseUrl } from '../lib/testing/database.ts';
import { PINNED_AS_OF } from './config.ts';
import { DOMAINS, type Domain, type SeedTargets, seedDatabases } from './load.ts';
import { pgliteTarget, postgresTarget } from './targets.ts';

/**
 * Measures generate + load time and peak memory. Usage:
 *   npx tsx seed/bench-load.ts pglite [scale]     three file-backed PGlite databases in a temp dir
 *   npx tsx seed/bench-load.ts postgres [scale]   three scratch databases on the test server, dropped after
 */
const kind = process.argv[2] ?? 'pglite';
const scale = Number(process.argv[3] ?? '1');
const migrationsUrl = (domain: Domain) => new URL(`../subgraphs/${domain}/db/migrations/`, import.meta.url);
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
const started = performance.now();

async function benchPglite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opsgraph-seed-bench-'));
  try {
    const databases = {} as Record<Domain, PGlite>;
    for (const domain of DOMAINS) {
      databases[domain] = await PGlite.create(join(dir, domain));
      const directory = fileURLToPath(migrationsUrl(domain));
      for (const file of readdirSync(directory).filter((name) => name.endsWith('.sql')).sort()) {
        await databases[domain].exec(readFileSync(join(directory, file), 'utf8'));
      }
    }
    log('created and migrated three PGlite databases');
    const targets: SeedTargets = { erp: pgliteTarget(databases.erp), pim: pgliteTarget(databases.pim), oms: pgliteTarget(databases.oms) };
    report(await seedDatabases(targets, { scale, asOf: PINNED_AS_OF, onProgress: log }));
    for (const domain of DOMAINS) await databases[domain].close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<void> {
  const suffix = `${process.pid}_${Date.now()}`;
  const names = Object.fromEntries(DOMAINS.map((domain) => [domain, `opsgraph_seedbench_${domain}_${suffix}`])) as Record<Domain, string>;
  try {
    for (const domain of DOMAINS) {
      await adminQuery(`CREATE DATABASE ${names[domain]}`);
      const db = await connectDb({ name: domain, connectionString: databaseUrl(names[domain]), maxConnections: 1 });
      await migrate(db, migrationsUrl(domain));
      await db.close();
    }
    log('created and migrated three PostgreSQL databases');
    const targets = { erp: postgresTarget(databaseUrl(names.erp)), pim: postgresTarget(databaseUrl(names.pim)), oms: postgresTarget(databaseUrl(names.oms)) };
    try {
      report(await seedDatabases(targets, { scale, asOf: PINNED_AS_OF, onProgress: log }));
    } finally {
      await Promise.all(DOMAINS.map((domain) => targets[domain].close()));
    }
  } finally {
    for (const domain of DOMAINS) await adminQuery(`DROP DATABASE IF EXISTS ${names[domain]} WITH (FORCE)`);
  }
}

function report(summary: Awaited<ReturnType<typeof seedDatabases>>): void {
  const { generateMs, loadMs, analyzeMs, totalMs } = summary.timings;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`rows ${summary.totalRows}; generate ${s(generateMs)}; load erp ${s(loadMs.erp)}, pim ${s(loadMs.pim)}, oms ${s(loadMs.oms)}; analyze ${s(analyzeMs)}; total ${s(totalMs)}`);
  console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

await (kind === 'postgres' ? benchPostgres() : benchPglite());
