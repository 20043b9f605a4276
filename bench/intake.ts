import pg from 'pg';
import { DOMAINS, type Domain } from '../app/config.ts';
import { connectDb } from '../lib/db.ts';
import { upsertTradingPartners } from '../subgraphs/integration/db/partners.repository.ts';
import type { TradingPartnerRow } from '../subgraphs/integration/db/rows.ts';
import { interchange, inventoryAdviceSets } from './x12-builder.ts';

/**
 * The intake benchmarks: bulk EDI (one interchange of 10,000 846 inventory advice sets) and API
 * events in batches, each recorded, applied by the ERP and settled, on real PostgreSQL. They run
 * on throwaway copies of the benchmark databases, so the dataset the read benchmarks use stays
 * as generated.
 */
export interface IntakeFigures {
  transactions: number;
  seconds: number;
  perSecond: number;
  /** What became of the transactions: every one should be applied. */
  outcomes: Record<string, number>;
}

export interface IntakeScenario {
  name: string;
  description: string;
  run(intakeUrl: string, token: string, context: IntakeContext, log: (line: string) => void): Promise<IntakeFigures>;
}

export interface IntakeContext {
  /** (sku, branch) positions of the ERP, enough for 10,000 distinct ones. */
  positions: { sku: string; branch: string }[];
}

/** A 3PL partner that reports for any branch (each 846 names its warehouse). */
export const BENCH_PARTNER: TradingPartnerRow = {
  id: 'BENCH-3PL', name: 'Benchmark 3PL', kind: 'warehouse', x12_qualifier: 'ZZ', x12_id: 'BENCH3PL', account_id: null, supplier_id: null, branch_code: null,
};

const X12_SETS = 10_000;
const API_EVENTS = 20_000;
const API_BATCH = 1_000;

export const INTAKE_SCENARIOS: IntakeScenario[] = [
  {
    name: 'intake-x12-10k',
    description: 'one X12 interchange of 10,000 846 inventory advice sets posted to the intake: parsed, recorded, applied by the ERP, 997 produced',
    async run(intakeUrl, token, { positions }, log) {
      const now = new Date();
      const items = positions.slice(0, X12_SETS).map((p, i) => ({ sku: p.sku, branch: p.branch, onHand: 100 + (i % 50) }));
      const sets = items.map((item) => inventoryAdviceSets(item.branch, [item], now)[0]!);
      const body = interchange(
        { senderQualifier: 'ZZ', senderId: 'BENCH3PL', receiverQualifier: 'ZZ', receiverId: 'OPSGRAPH', controlNumber: Math.floor(Date.now() / 1000) % 1e9, at: now },
        'IB', '846', sets,
      );
      log(`intake-x12-10k: posting ${(body.length / 1024 / 1024).toFixed(1)} MB ...`);
      const started = performance.now();
      const response = await fetch(`${intakeUrl}/x12`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/edi-x12' }, body });
      const receipt = (await response.json()) as { interchanges: { sets: Record<string, number> }[]; applied: Record<string, number> };
      const seconds = (performance.now() - started) / 1000;
      if (!response.ok) throw new Error(`intake answered ${response.status}: ${JSON.stringify(receipt)}`);
      return { transactions: sets.length, seconds, perSecond: sets.length / seconds, outcomes: { ...receipt.interchanges[0]!.sets, ...receipt.applied } };
    },
  },
  {
    name: 'intake-api-20k',
    description: `20,000 API inventory snapshot events in batches of ${API_BATCH} posted to the intake: validated, recorded, applied by the ERP`,
    async run(intakeUrl, token, { positions }, log) {
      const at = new Date().toISOString();
      const runId = Date.now().toString(36);
      const events = Array.from({ length: API_EVENTS }, (_, i) => {
        const p = positions[i % positions.length]!;
        return { id: `${runId}-${i}`, type: 'inventory_snapshot', occurredAt: at, partner: 'WMS-API', payload: { branchCode: p.branch, asOf: at, positions: [{ sku: p.sku, onHand: 200 + (i % 25) }] } };
      });
      const outcomes: Record<string, number> = {};
      const started = performance.now();
      for (let i = 0; i < events.length; i += API_BATCH) {
        const response = await fetch(`${intakeUrl}/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ events: events.slice(i, i + API_BATCH) }),
        });
        const result = (await response.json()) as { events: { status: string }[] };
        if (!response.ok) throw new Error(`intake answered ${response.status}: ${JSON.stringify(result)}`);
        for (const e of result.events) outcomes[e.status] = (outcomes[e.status] ?? 0) + 1;
        if ((i / API_BATCH) % 5 === 4) log(`intake-api-20k: ${i + API_BATCH}/${events.length} events`);
      }
      const seconds = (performance.now() - started) / 1000;
      return { transactions: events.length, seconds, perSecond: events.length / seconds, outcomes };
    },
  },
];

/**
 * Copies the benchmark databases (CREATE DATABASE ... TEMPLATE) for the intake to change, adds
 * the bench's partners, and returns their URLs, the positions to report on, and a drop.
 */
export async function intakeDatabases(adminUrl: string, sourceUrls: Record<Domain, string>, partners: readonly TradingPartnerRow[]) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const urls = {} as Record<Domain, string>;
  const names: string[] = [];
  try {
    for (const domain of DOMAINS) {
      const source = new URL(sourceUrls[domain]).pathname.slice(1);
      const name = `${source}_intake`;
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${source}`);
      names.push(name);
      const url = new URL(sourceUrls[domain]);
      url.pathname = `/${name}`;
      urls[domain] = url.toString();
    }
  } finally {
    await admin.end();
  }
  const integration = await connectDb({ name: 'integration', connectionString: urls.integration });
  const erp = await connectDb({ name: 'erp', connectionString: urls.erp });
  let positions: { sku: string; branch: string }[];
  try {
    await upsertTradingPartners(integration, partners);
    positions = await erp.query<{ sku: string; branch: string }>(
      'SELECT i.sku, b.code AS branch FROM items i CROSS JOIN branches b ORDER BY i.sku, b.code LIMIT 20000',
    );
  } finally {
    await integration.close();
    await erp.close();
  }
  return {
    urls,
    positions,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
