import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS, type Domain } from '../../app/config.ts';
import { MODULES } from '../../app/modules.ts';
import { spawnScript } from '../../bench/processes.ts';
import { interchange, inventoryAdviceSets } from '../../bench/x12-builder.ts';
import { signToken } from '../../lib/identity.ts';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { TEST_SUBGRAPH_SECRET, TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';

/*
 * Ingestion survives a crash: the domain subgraphs and the integration service (with the intake)
 * run as their own processes, as `serve.ts subgraphs` and `serve.ts integration` deploy them, and
 * both are killed with SIGKILL while the intake applies an interchange of 3,000 846s in batches
 * of 100. Every transaction set must then be either recorded and applied exactly once, or
 * recorded and still pending; never half applied. Restarted, the intake applies the pending ones
 * and nothing twice.
 *
 * Each 846 reports a (SKU, branch) position that does not exist yet, so the ERP's positions
 * count exactly the sets it has applied.
 */
const SETS = 3000;
const BATCH = 100;
let databases: Record<Domain, TestDatabase>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  const created = await Promise.all(DOMAINS.map((domain) => createTestDatabase(domain, MODULES[domain].migrations)));
  databases = Object.fromEntries(DOMAINS.map((d, i) => [d, created[i]!])) as Record<Domain, TestDatabase>;
  const erp = databases.erp.db;
  await insertRows(erp, 'branches', ['CHI', 'PHX'].map((code) => ({
    code, name: code, city: code, region: 'US', time_zone: 'America/Chicago', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-11-01T00:00:00Z',
  })));
  await insertRows(erp, 'suppliers', [{ id: 'SUP-1', name: 'Supplier', country: 'US', lead_time_days: 14, payment_terms: 'NET30' }]);
  await erp.query(
    `INSERT INTO items (sku, description, unit_of_measure, family, velocity_tier, standard_cost_minor, list_price_minor, primary_supplier_id)
     SELECT 'SKU-' || lpad(n::text, 5, '0'), 'item', 'EA', 'fasteners', 'C', 100, 200, 'SUP-1' FROM generate_series(1, $1) n`,
    [SETS / 2],
  );
  await insertRows(databases.integration.db, 'trading_partners', [{
    id: 'BENCH-3PL', name: '3PL', kind: 'warehouse', x12_qualifier: 'ZZ', x12_id: 'BENCH3PL', account_id: null, supplier_id: null, branch_code: null,
  }]);
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(Object.values(databases ?? {}).map((database) => database.drop()));
});

/** The domain subgraphs, then the integration service handing events to their ERP and OMS. */
async function startTier(): Promise<{ processes: ChildProcess[]; intakeUrl: string }> {
  const secrets = { OPSGRAPH_TOKEN_SECRET: TEST_TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET };
  const subgraphs = await spawnScript(['scripts/serve.ts', 'subgraphs'], {
    ERP_DATABASE_URL: databases.erp.url, PIM_DATABASE_URL: databases.pim.url, OMS_DATABASE_URL: databases.oms.url, OPS_DATABASE_URL: databases.ops.url,
    ERP_PORT: '0', PIM_PORT: '0', OMS_PORT: '0', OPS_PORT: '0', ...secrets,
  }, /(erp|pim|oms|ops) subgraph ready at (\S+)/, 4);
  children.push(subgraphs.child);
  const urls = Object.fromEntries(subgraphs.matches) as Record<string, string>;
  const integration = await spawnScript(['scripts/serve.ts', 'integration'], {
    INTEGRATION_DATABASE_URL: databases.integration.url, INTAKE_PORT: '0', ERP_URL: urls.erp!, OMS_URL: urls.oms!,
    OPSGRAPH_INTAKE_BATCH_SIZE: String(BATCH), ...secrets,
  }, /intake ready at (\S+)/);
  children.push(integration.child);
  return { processes: [subgraphs.child, integration.child], intakeUrl: integration.matches[0]![0]! };
}

const at = new Date('2026-11-01T12:00:00Z');
const items = Array.from({ length: SETS }, (_, i) => ({
  sku: `SKU-${String(Math.floor(i / 2) + 1).padStart(5, '0')}`, branch: i % 2 === 0 ? 'CHI' : 'PHX', onHand: 1 + (i % 97),
}));
const body = interchange(
  { senderQualifier: 'ZZ', senderId: 'BENCH3PL', receiverQualifier: 'ZZ', receiverId: 'OPSGRAPH', controlNumber: 4242, at },
  'IB', '846', items.map((item) => inventoryAdviceSets(item.branch, [item], at)[0]!),
);
const token = () => signToken({ sub: 'crash-test', role: 'staff', exp: Math.floor(Date.now() / 1000) + 600 }, TEST_TOKEN_SECRET);

async function counts() {
  const [intake] = await databases.integration.db.query<{ recorded: number; applied: number; accepted: number; other: number }>(
    `SELECT count(*)::int AS recorded, count(*) FILTER (WHERE status = 'applied')::int AS applied,
       count(*) FILTER (WHERE status = 'accepted')::int AS accepted, count(*) FILTER (WHERE status NOT IN ('applied', 'accepted'))::int AS other
     FROM integration_events`,
  );
  const [erp] = await databases.erp.db.query<{ marked: number; positions: number; matching: number }>(
    `SELECT (SELECT count(*)::int FROM applied_events) AS marked, (SELECT count(*)::int FROM inventory_positions) AS positions,
       (SELECT count(*)::int FROM inventory_positions p JOIN unnest($1::text[], $2::text[], $3::int[]) AS r(sku, branch, on_hand)
          ON p.sku = r.sku AND p.branch_code = r.branch AND p.on_hand = r.on_hand) AS matching`,
    [items.map((i) => i.sku), items.map((i) => i.branch), items.map((i) => i.onHand)],
  );
  return { ...intake!, ...erp! };
}

describe('a crash in the middle of ingesting an interchange', () => {
  it('leaves every transaction set recorded and applied once, or recorded and pending; a restart finishes the rest', async () => {
    const first = await startTier();
    const exited = Promise.all(first.processes.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    const sent = fetch(`${first.intakeUrl}/x12`, { method: 'POST', headers: { authorization: `Bearer ${token()}` }, body }).catch(() => 'connection lost');
    // Kill once the interchange is recorded and the ERP has applied part of it.
    let killedAt: Awaited<ReturnType<typeof counts>> | null = null;
    for (let i = 0; i < 2000 && !killedAt; i++) {
      const now = await counts();
      if (now.recorded === SETS && now.marked > 0) {
        for (const child of first.processes) child.kill('SIGKILL');
        killedAt = now;
      } else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await exited;
    expect(await sent).toBe('connection lost');
    expect(killedAt).not.toBeNull();

    const after = await counts();
    // The interchange was recorded whole, in one transaction.
    expect(after.recorded).toBe(SETS);
    expect(after.other).toBe(0);
    // The crash came mid-apply: some sets applied, the rest pending.
    expect(after.marked).toBeGreaterThan(0);
    expect(after.marked).toBeLessThan(SETS);
    // Never half applied: a set's position exists exactly when the ERP marked the set applied, in
    // whole batches, and the intake never says applied for what the ERP has not applied.
    expect(after.positions).toBe(after.marked);
    expect(after.matching).toBe(after.marked);
    expect(after.marked % BATCH).toBe(0);
    expect(after.applied).toBeLessThanOrEqual(after.marked);
    expect(after.applied + after.accepted).toBe(SETS);

    // Restarted, the intake applies what is pending on its own; the ERP answers "already applied"
    // for batches it committed just before the crash.
    const second = await startTier();
    let settled = await counts();
    for (let i = 0; i < 600 && settled.accepted > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      settled = await counts();
    }
    expect(settled).toEqual({ recorded: SETS, applied: SETS, accepted: 0, other: 0, marked: SETS, positions: SETS, matching: SETS });

    // Re-sending the interchange records duplicates and changes nothing.
    const resent = await fetch(`${second.intakeUrl}/x12`, { method: 'POST', headers: { authorization: `Bearer ${token()}` }, body });
    const receipt = (await resent.json()) as { interchanges: { status: string; sets: Record<string, number> }[] };
    expect(receipt.interchanges[0]).toMatchObject({ status: 'duplicate', sets: { accepted: 0, rejected: 0, duplicate: SETS } });
    const final = await counts();
    expect([final.marked, final.positions, final.matching]).toEqual([SETS, SETS, SETS]);
    for (const child of second.processes) child.kill('SIGKILL');
  }, 180_000); // two processes start twice, each loading TypeScript through tsx
});
