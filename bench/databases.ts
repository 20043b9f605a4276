import pg from 'pg';
import { DOMAINS, type Domain } from '../app/config.ts';
import { refreshAggregates } from '../app/aggregates.ts';
import { relayDocumentationDisputes } from '../app/feeds.ts';
import { DATASET_DOMAINS, readDatasetInfo } from '../app/dataset.ts';
import { MODULES } from '../app/modules.ts';
import { connectDb, type Db } from '../lib/db.ts';
import { migrate } from '../lib/migrate.ts';
import { GENERATOR_VERSION, PINNED_AS_OF, postgresTarget, seedDatabases } from '../seed/index.ts';

/**
 * The benchmark's own databases on a real PostgreSQL server, one set per scale, generated on the
 * first run and reused afterwards (the dataset is deterministic, so reuse changes nothing). The ops
 * and integration databases are only migrated: the default scorecard and exception routing come
 * with their migrations, and the intake scenarios add their partners to a copy (bench/intake.ts).
 * The dataset is pinned to PINNED_AS_OF, not today, so figures from different days stay comparable.
 */
export async function benchDatabases(adminUrl: string, scale: number, log: (line: string) => void): Promise<Record<Domain, string>> {
  const suffix = String(scale).replace('.', '_');
  const urls = {} as Record<Domain, string>;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const domain of DOMAINS) {
      const name = `opsgraph_bench_s${suffix}_${domain}`;
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      urls[domain] = url.toString();
    }
  } finally {
    await admin.end();
  }
  const dbs = await Promise.all(DOMAINS.map((domain) => connectDb({ name: domain, connectionString: urls[domain] })));
  try {
    const migrated: Partial<Record<Domain, Db>> = {};
    for (const [i, domain] of DOMAINS.entries()) {
      if ((await migrate(dbs[i]!, MODULES[domain].migrations)).length > 0) migrated[domain] = dbs[i]!;
    }
    const dataDbs = DATASET_DOMAINS.map((domain) => dbs[DOMAINS.indexOf(domain)]!);
    const infos = await Promise.all(dataDbs.map((db) => readDatasetInfo(db)));
    const ready = infos.every((info) => info && info.scale === scale && info.generatorVersion === GENERATOR_VERSION && info.asOf.toISOString().startsWith(PINNED_AS_OF));
    if (ready) {
      log(`reusing the scale-${scale} benchmark dataset`);
      // A new migration may have added aggregates the existing data has not filled yet.
      await relayDocumentationDisputes({ erp: dbs[DOMAINS.indexOf('erp')]!, oms: dbs[DOMAINS.indexOf('oms')]! }, log);
      await refreshAggregates(migrated, log);
      return urls;
    }
    log(`generating the scale-${scale} benchmark dataset into PostgreSQL (once) ...`);
    for (const db of dataDbs) {
      const tables = await db.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
      );
      await db.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
    }
  } finally {
    await Promise.all(dbs.map((db) => db.close()));
  }
  const targets = { erp: postgresTarget(urls.erp), pim: postgresTarget(urls.pim), oms: postgresTarget(urls.oms) };
  try {
    await seedDatabases(targets, { scale, asOf: PINNED_AS_OF, onProgress: log });
  } finally {
    // Their connections would otherwise keep the benchmark process alive after it has reported.
    await Promise.all(Object.values(targets).map((target) => target.close()));
  }
  const fresh = await Promise.all(DATASET_DOMAINS.map((domain) => connectDb({ name: domain, connectionString: urls[domain] })));
  try {
    const loaded = Object.fromEntries(DATASET_DOMAINS.map((d, i) => [d, fresh[i]!])) as Record<(typeof DATASET_DOMAINS)[number], Db>;
    await relayDocumentationDisputes(loaded, log);
    await refreshAggregates(loaded, log);
  } finally {
    await Promise.all(fresh.map((db) => db.close()));
  }
  return urls;
}
