import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { DOMAINS, type Domain } from '../../seed/load.ts';

/** `npm run seed -- --as-of DAY` into three fresh PostgreSQL databases, as a user runs it. */
const root = path.resolve(import.meta.dirname, '../..');
const databases = {} as Record<Domain, TestDatabase>;

beforeAll(async () => {
  for (const domain of DOMAINS) {
    databases[domain] = await createTestDatabase(`seedcli${domain}`, new URL(`../../subgraphs/${domain}/db/migrations/`, import.meta.url));
  }
});

afterAll(async () => {
  await Promise.all(DOMAINS.filter((domain) => databases[domain]).map((domain) => databases[domain].drop()));
});

async function seed(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ERP_DATABASE_URL: databases.erp.url, PIM_DATABASE_URL: databases.pim.url, OMS_DATABASE_URL: databases.oms.url };
  delete env.OPS_DATABASE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run seed -- --as-of', () => {
  it('refuses a day that is not a calendar day before touching a database', async () => {
    const run = await seed(['--scale', '0.02', '--as-of', '2026-12-32']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('seed: --as-of must be a calendar day YYYY-MM-DD (the data describes 23:59:59 UTC that day), got "2026-12-32"');
    expect(await databases.erp.db.query('SELECT count(*)::int AS count FROM dataset_info')).toEqual([{ count: 0 }]);
  });

  it('loads the dataset as of 23:59:59 UTC on that day', async () => {
    const run = await seed(['--scale', '0.02', '--as-of', '2026-12-07']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[seed\] done: [\d,]+ rows \(seed 20261101, scale 0\.02, as of 2026-12-07T23:59:59\.000Z\)/);
    for (const domain of DOMAINS) {
      const rows = await databases[domain].db.query<{ as_of: Date }>('SELECT as_of FROM dataset_info');
      expect(rows).toEqual([{ as_of: new Date('2026-12-07T23:59:59Z') }]);
    }
    // The last orders were placed on the as-of day itself (a Monday), none after it.
    const [latest] = await databases.oms.db.query<{ placed: Date }>('SELECT max(placed_at) AS placed FROM orders');
    expect(latest!.placed.getTime()).toBeGreaterThan(Date.parse('2026-12-06T23:59:59Z'));
    expect(latest!.placed.getTime()).toBeLessThanOrEqual(Date.parse('2026-12-07T23:59:59Z'));
  }, 120_000);
});
