import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/*
 * `npm run ingest -- files...` sends the public sample interchanges (tests/fixtures/edi, each
 * with its source in SOURCES.md) and a JSON event file to a running intake. None of the samples'
 * senders is a registered partner here, so the sets a domain would apply fail with that reason
 * (and open exceptions); the 810 invoice is only recorded.
 */
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/edi');
const samples = readdirSync(fixtures).filter((f) => f.endsWith('.edi')).sort();
let graph: TestGraph;
let work: string;

beforeAll(async () => {
  graph = await startTestGraph(async () => undefined);
  work = mkdtempSync(path.join(tmpdir(), 'opsgraph-ingest-'));
});
afterAll(async () => {
  await graph?.close();
  rmSync(work, { recursive: true, force: true });
});

function ingest(args: string[]) {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--url', graph.intakeUrl, ...args], {
    cwd: root,
    env: { ...process.env, OPSGRAPH_TOKEN_SECRET: TEST_TOKEN_SECRET },
  });
}

describe('npm run ingest', () => {
  it('sends every sample interchange with progress, reports each, and writes the 997s (none asks for a TA1)', async () => {
    const { stdout } = await ingest(['--acks', path.join(work, 'acks'), ...samples.map((f) => path.join(fixtures, f))]);
    expect(samples).toEqual([
      '810-stupidedi-pipe-3.edi', '850-nodex12-1.edi', '850-nodex12-petco-2.edi', '855-nodex12-1.edi', '855-stupidedi-toyota-2.edi', '856-nodex12-1.edi',
    ]);
    expect(stdout).toContain('[1/6] 810-stupidedi-pipe-3.edi: sending 564 B ...');
    expect(stdout).toContain('[1/6] 810-stupidedi-pipe-3.edi: interchange 005639689 from ZZ:111111: accepted (1 accepted, 0 rejected, 0 duplicate)');
    expect(stdout).toContain('[1/6] 810-stupidedi-pipe-3.edi: 0 applied, 0 failed, 0 pending');
    expect(stdout).toContain('[2/6] 850-nodex12-1.edi: interchange 000003438 from 12:4405197800: accepted (1 accepted, 0 rejected, 0 duplicate)');
    expect(stdout).toContain('[2/6] 850-nodex12-1.edi: applying 1/1 transaction sets');
    expect(stdout).toContain('[2/6] 850-nodex12-1.edi: 0 applied, 1 failed, 0 pending');
    expect(stdout).toContain('[5/6] 855-stupidedi-toyota-2.edi: interchange 000002419 from ZZ:208781609-SHRAA: accepted (1 accepted, 0 rejected, 0 duplicate)');
    expect(readdirSync(path.join(work, 'acks')).sort()).toHaveLength(6);
    expect(readdirSync(path.join(work, 'acks')).filter((f) => f.endsWith('.ta1'))).toEqual([]);
    const ack = readFileSync(path.join(work, 'acks', '810-stupidedi-pipe-3.edi.005639689.997'), 'utf8');
    // The 997 answers in the partner's own delimiters (| between elements).
    expect(ack).toMatch(/^ISA\|/);
    expect(ack).toMatch(/AK1\|IN\|5639689/);
    expect(ack).toMatch(/AK9\|A\|1\|1\|1/);

    const { data } = await graph.post(`{ integrationEvents(first: 10) { edges { node { type status partner sourceId reason } } } }`);
    const events = data!.integrationEvents.edges.map((e: any) => e.node).reverse();
    expect(events.map((e: any) => [e.type, e.status, e.partner, e.sourceId])).toEqual([
      ['invoice', 'ACCEPTED', 'ZZ:111111', '5639689'],
      ['purchase_order', 'FAILED', '12:4405197800', '000000010'],
      ['purchase_order', 'FAILED', '12:0000000000', '8830'],
      ['po_acknowledgment', 'FAILED', 'ZZ:1556150', '0005'],
      ['po_acknowledgment', 'FAILED', 'ZZ:208781609-SHRAA', '000002015'],
      ['ship_notice', 'FAILED', '12:4405197800', '0008'],
    ]);
    expect(events[1].reason).toBe('12:4405197800 is not a registered trading partner: register it (mutation saveTradingPartner) with its account, supplier or branch, then retry the event');
  });

  it('applies a sample 850 once its sender is registered as a partner and the event is retried', async () => {
    const SAVE = `mutation Save($input: TradingPartnerInput!) { saveTradingPartner(input: $input) { id kind x12Id accountId branchCode } }`;
    const saved = await graph.post(SAVE, { input: { id: 'XYZ-RETAIL', name: 'XYZ Retail', kind: 'customer', x12Id: '12:4405197800', accountId: 'ACCT-XYZ', branchCode: 'CHI' } });
    expect(saved.data!.saveTradingPartner).toEqual({ id: 'XYZ-RETAIL', kind: 'customer', x12Id: '12:4405197800', accountId: 'ACCT-XYZ', branchCode: 'CHI' });
    const refused = await graph.post(SAVE, { input: { id: 'BAD', name: 'x', kind: 'reseller' } });
    expect(refused.errors![0]!.message).toMatch(/input\.kind.*must be one of customer, supplier, warehouse, carrier, bank; got "reseller"/);

    const { data } = await graph.post(`{ integrationEvents(filter: { types: ["purchase_order"], partner: "12:4405197800" }) { edges { node { id } } } }`);
    const retried = await graph.post(`mutation R($id: ID!) { retryIntegrationEvent(id: $id) { status reason } }`, { id: data!.integrationEvents.edges[0].node.id });
    expect(retried.data!.retryIntegrationEvent).toEqual({ status: 'APPLIED', reason: null });
    // PO 08292233294: six lines, the first 120 EA of VN AB3542 at 9.25.
    const lines = await graph.dbs.oms.query<{ order_id: string; sku: string; ordered_quantity: number; unit_price_minor: string }>(
      "SELECT order_id, sku, ordered_quantity, unit_price_minor FROM order_lines ORDER BY line_number",
    );
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({ order_id: 'SO-EDI-ACCT-XYZ-08292233294', sku: 'AB3542', ordered_quantity: 120, unit_price_minor: '925' });

    // The OMS rebuilds its KPI aggregates after applying events (here on demand, not 10 s later):
    // the EDI order counts among the orders placed in its week (BEG05 2010-11-27, ISO week 2010-W47),
    // in the denominator of self-serve penetration only (EDI is not self-serve).
    const KPI = `query K($week: IsoWeek!) { kpis(fromWeek: $week) { selfServeOrderPenetration { reading { numerator denominator } } } }`;
    const before = await graph.post(KPI, { week: '2010-W47' });
    expect(before.data!.kpis.selfServeOrderPenetration.reading).toMatchObject({ denominator: '0.0000' });
    await graph.flushAggregates();
    const after = await graph.post(KPI, { week: '2010-W47' });
    expect(after.data!.kpis.selfServeOrderPenetration.reading).toEqual({ numerator: '0.0000', denominator: '1.0000' });
  });

  it('writes the TA1 a sender asked for (ISA14 1) beside its 997, and the same TA1 again for a re-send', async () => {
    // The 810 sample again under interchange 005639690, now asking for a TA1.
    const file = path.join(work, 'ta1-requested.edi');
    writeFileSync(file, readFileSync(path.join(fixtures, '810-stupidedi-pipe-3.edi'), 'utf8')
      .replace('|005639689|0|T|', '|005639690|1|T|').replace('IEA|1|005639689', 'IEA|1|005639690'));
    const { stdout } = await ingest(['--acks', path.join(work, 'ta1-acks'), file]);
    const target = path.join(work, 'ta1-acks', 'ta1-requested.edi.005639690.ta1');
    expect(stdout).toContain(`[1/1] ta1-requested.edi: interchange acknowledgment (TA1) written to ${target}`);
    expect(readdirSync(path.join(work, 'ta1-acks')).sort()).toEqual(['ta1-requested.edi.005639690.997', 'ta1-requested.edi.005639690.ta1']);

    const [row] = await graph.dbs.integration.query<{ received_at: Date; interchange_acknowledgment: string }>(
      "SELECT received_at, interchange_acknowledgment FROM interchanges WHERE sender = 'ZZ:111111' AND control_number = '005639690'",
    );
    const iso = row!.received_at.toISOString();
    const stamp = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}|${iso.slice(11, 13)}${iso.slice(14, 16)}`;
    // Our control number follows the 997's, drawn from the same sequence.
    const ours = String(Number(readFileSync(path.join(work, 'ta1-acks', 'ta1-requested.edi.005639690.997'), 'utf8').split('|')[13]) + 1).padStart(9, '0');
    const ta1 = readFileSync(target, 'utf8');
    // Addressed back to 111111 in its '|' and '>', test usage (T) as received; TA1 carries its ISA13, ISA09 and ISA10.
    expect(ta1).toBe(`ISA|00|          |00|          |ZZ|2222222        |ZZ|111111         |${stamp}|U|00401|${ours}|0|T|>~TA1|005639690|211118|0752|A|000~IEA|0|${ours}~`);
    expect(row!.interchange_acknowledgment).toBe(ta1);

    const again = await ingest(['--acks', path.join(work, 'ta1-again'), file]);
    expect(again.stdout).toContain('[1/1] ta1-requested.edi: interchange 005639690 from ZZ:111111: duplicate (0 accepted, 0 rejected, 1 duplicate)');
    expect(readFileSync(path.join(work, 'ta1-again', 'ta1-requested.edi.005639690.ta1'), 'utf8')).toBe(ta1);
  });

  it('sends a JSON event file and lists what was rejected, naming the field; an unreachable intake exits 1', async () => {
    const file = path.join(work, 'events.json');
    writeFileSync(file, JSON.stringify({ events: [
      { id: 'snap-1', type: 'inventory_snapshot', occurredAt: '2026-11-01T10:00:00Z', payload: { branchCode: 'CHI', asOf: '2026-11-01T10:00:00Z', positions: [{ sku: 'X', onHand: -1 }] } },
    ] }));
    const { stdout } = await ingest([file]);
    expect(stdout).toContain('[1/1] events.json: 1 rejected');
    expect(stdout).toContain('[1/1] events.json:   #0 snap-1 rejected: payload.positions[0].onHand: must be an integer of at least 0 (got -1)');

    const failed = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--url', 'http://127.0.0.1:9/intake', file], { cwd: root })
      .catch((error: { code: number; stderr: string }) => error);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/cannot reach the intake at http:\/\/127\.0\.0\.1:9\/intake\/events .*is the graph running \(npm start\)\?/);
  });
});
