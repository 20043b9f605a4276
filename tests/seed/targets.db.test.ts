import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import type { CsvValue } from '../../seed/csv.ts';
import { COPY_CHUNK_ROWS, pgliteTarget, postgresTarget, type BulkTarget } from '../../seed/targets.ts';

/** Values that break naive CSV: separators, quotes, line breaks, NULL vs empty, arrays, instants. */
const TRICKY: CsvValue[][] = [
  [1, 'Okafor, Brandt & Sons', ['hex cap screw', '3/8"-16'], new Date('2026-11-01T23:59:59Z'), 1.5, true],
  [2, 'say "hi"\nsecond line', [], new Date('2025-11-03T00:00:00.123Z'), 0, false],
  [3, '', [null, '', 'NULL', 'a\\b', '{x}'], null, null, null],
  [4, null, null, null, -0.07, null],
  [5, '\\.', ['comma,inside'], null, 12345678901, true],
];
const CREATE = 'CREATE TABLE copy_probe (id integer PRIMARY KEY, label text, tags text[], at timestamptz, amount numeric, flag boolean)';
const COLUMNS = ['id', 'label', 'tags', 'at', 'amount', 'flag'];
const SELECT = 'SELECT id, label, tags, at, amount::text AS amount, flag FROM copy_probe ORDER BY id';
const EXPECTED = [
  { id: 1, label: 'Okafor, Brandt & Sons', tags: ['hex cap screw', '3/8"-16'], at: new Date('2026-11-01T23:59:59Z'), amount: '1.5', flag: true },
  { id: 2, label: 'say "hi"\nsecond line', tags: [], at: new Date('2025-11-03T00:00:00.123Z'), amount: '0', flag: false },
  { id: 3, label: '', tags: [null, '', 'NULL', 'a\\b', '{x}'], at: null, amount: null, flag: null },
  { id: 4, label: null, tags: null, at: null, amount: '-0.07', flag: null },
  { id: 5, label: '\\.', tags: ['comma,inside'], at: null, amount: '12345678901', flag: true },
];

async function roundTrip(target: BulkTarget, read: () => Promise<unknown[]>): Promise<void> {
  await target.exec(CREATE);
  await target.copy('copy_probe', COLUMNS, TRICKY);
  expect(await read()).toEqual(EXPECTED);
}

describe('pgliteTarget', () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = await PGlite.create();
  });
  afterAll(async () => {
    await pglite.close();
  });

  it('round-trips tricky values through COPY FROM /dev/blob', async () => {
    await roundTrip(pgliteTarget(pglite), async () => (await pglite.query(SELECT)).rows);
  });

  it('loads more rows than one chunk holds', async () => {
    const target = pgliteTarget(pglite);
    await target.exec('CREATE TABLE many (n integer PRIMARY KEY)');
    const count = COPY_CHUNK_ROWS * 2 + 1;
    await target.copy('many', ['n'], Array.from({ length: count }, (_, n) => [n]));
    expect((await pglite.query<{ count: number }>('SELECT count(*)::int AS count, sum(n)::int AS total FROM many')).rows[0]).toEqual({ count, total: (count * (count - 1)) / 2 });
  });

  it('names the table when a COPY fails', async () => {
    await expect(pgliteTarget(pglite).copy('copy_probe', COLUMNS, [[1, 'duplicate id', null, null, null, null]])).rejects.toThrow(/COPY into copy_probe failed/);
  });
});

describe('postgresTarget', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('seedcopy', new URL('../../subgraphs/pim/db/migrations/', import.meta.url));
  });
  afterAll(async () => {
    await database.drop();
  });

  it('round-trips tricky values through COPY FROM STDIN', async () => {
    const target = postgresTarget(database.url);
    try {
      await roundTrip(target, () => database.db.query(SELECT));
      await expect(target.copy('copy_probe', COLUMNS, [[1, 'duplicate id', null, null, null, null]])).rejects.toThrow(/COPY into copy_probe failed.*duplicate key/);
    } finally {
      await target.close();
    }
  });

  it('reports an unreachable server as such, naming the database', async () => {
    const target = postgresTarget('postgres://postgres@127.0.0.1:1/nowhere', { name: 'erp' });
    await expect(target.exec('SELECT 1')).rejects.toThrow(/cannot reach the ERP database/);
    await target.close();
  });
});
