import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scorecardChangesByKpi } from '../../subgraphs/ops/db/audit.repository.ts';
import type { Principal } from '../../lib/identity.ts';
import { resetToDefaultScorecard, startOps, type OpsUnderTest } from './harness.ts';

// The scorecard's definitions and the four mutations, on the default scorecard the migrations seed.
let ops: OpsUnderTest;
beforeAll(async () => {
  ops = await startOps();
});
afterAll(async () => {
  await ops?.close();
});

const DEFAULT_ORDER = [
  'quote_to_order_cycle_time', 'perfect_order_rate', 'cancellation_rate', 'substitution_rate',
  'backorder_days_outstanding', 'return_cycle_time', 'dso', 'credit_hold_release_time',
  'dispute_rate_order_quality', 'pick_pack_sla_adherence', 'gross_margin_percent', 'self_serve_order_penetration',
];

const DEFINITION = `name title description unit direction owner target warningThreshold breachThreshold
  escalationPath { afterHours notify channel } active position retiredAt`;
const DEFINITIONS = `query Definitions($includeRetired: Boolean) { scorecardDefinitions(includeRetired: $includeRetired) { ${DEFINITION} } }`;
const ADD = `mutation Add($input: AddScorecardKpiInput!) { addScorecardKpi(input: $input) { ${DEFINITION} } }`;
const UPDATE = `mutation Update($name: String!, $input: UpdateScorecardKpiInput!) { updateScorecardKpi(name: $name, input: $input) { ${DEFINITION} } }`;
const RETIRE = `mutation Retire($name: String!) { retireScorecardKpi(name: $name) { ${DEFINITION} } }`;
const REASSIGN = `mutation Reassign($name: String!, $owner: String!) { reassignScorecardKpi(name: $name, owner: $owner) { ${DEFINITION} } }`;

const MARIA: Principal = { kind: 'staff', subject: 'maria.lopez@example.com' };

const otif = (overrides: Record<string, unknown> = {}) => ({
  name: 'otif',
  owner: 'Director of Fulfilment',
  target: '95',
  warningThreshold: '92',
  breachThreshold: '88',
  escalationPath: [
    { afterHours: 0, notify: 'Director of Fulfilment', channel: 'EMAIL' },
    { afterHours: 72, notify: 'VP Operations', channel: 'SLACK' },
  ],
  ...overrides,
});

/** Everything a refused change must leave untouched. */
async function state() {
  const [kpis, steps, changes] = await Promise.all([
    ops.db.query('SELECT * FROM scorecard_kpis ORDER BY kpi'),
    ops.db.query('SELECT * FROM escalation_steps ORDER BY kpi, step'),
    ops.db.query<{ count: string }>('SELECT count(*) FROM scorecard_changes'),
  ]);
  return { kpis, steps, changes: changes[0]!.count };
}

async function refused(document: string, variables: Record<string, unknown>) {
  const before = await state();
  const error = await ops.as(MARIA).error(document, variables);
  expect(await state()).toEqual(before);
  return { code: error.extensions?.code, argumentName: error.extensions?.argumentName, message: error.message };
}

beforeEach(async () => {
  await resetToDefaultScorecard(ops.db);
});

describe('the default scorecard', () => {
  it('carries the 12 KPIs of kpi-standards.md, every one owned, with thresholds and a three-step escalation path', async () => {
    const { scorecardDefinitions } = await ops.query(DEFINITIONS);
    expect(scorecardDefinitions.map((d: any) => d.name)).toEqual(DEFAULT_ORDER);
    expect(scorecardDefinitions.map((d: any) => d.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const definition of scorecardDefinitions) {
      expect(definition.owner, definition.name).toMatch(/\S/);
      expect(definition.escalationPath.map((s: any) => s.afterHours)).toEqual([0, 48, 336]);
      expect(definition.escalationPath[0].notify).toBe(definition.owner);
      expect(definition.active).toBe(true);
    }
    const byName = Object.fromEntries(scorecardDefinitions.map((d: any) => [d.name, d]));
    expect(byName.perfect_order_rate).toMatchObject({
      title: 'Perfect order rate', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', owner: 'Director of Fulfilment',
      target: '95', warningThreshold: '92', breachThreshold: '90',
    });
    expect(byName.dso).toMatchObject({
      unit: 'DAYS', direction: 'LOWER_IS_BETTER', owner: 'Credit Manager', target: '40', warningThreshold: '45', breachThreshold: '50',
      escalationPath: [
        { afterHours: 0, notify: 'Credit Manager', channel: 'EMAIL' },
        { afterHours: 48, notify: 'Controller', channel: 'SLACK' },
        { afterHours: 336, notify: 'CFO', channel: 'PAGE' },
      ],
    });
    expect(byName.dso.description).toMatch(/trailing 91 days x 91/);
  });

  it('starts the audit trail with one "add" per default KPI, attributed to the migration', async () => {
    const [first] = await scorecardChangesByKpi(ops.db, 'perfect_order_rate');
    expect(first).toMatchObject({ action: 'add', actor: 'migration 20261201_0002_default_scorecard', before: null });
    expect(first!.after).toMatchObject({ owner: 'Director of Fulfilment', target: '95', escalationPath: [{ afterHours: 0 }, { afterHours: 48 }, { afterHours: 336 }] });
  });

  it('lists the catalog the scorecard can draw from', async () => {
    const { kpiCatalog } = await ops.query('{ kpiCatalog { name title description unit direction domain } }');
    expect(kpiCatalog).toHaveLength(20);
    expect(kpiCatalog.find((e: any) => e.name === 'otif')).toMatchObject({ unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', domain: 'OMS' });
    expect(kpiCatalog.find((e: any) => e.name === 'credit_hold_frequency')).toMatchObject({ unit: 'PERCENT', direction: 'LOWER_IS_BETTER', domain: 'ERP' });
  });

  it('is guarded by the database too: a 13th active KPI inserted by hand is refused', async () => {
    await expect(
      ops.db.query("INSERT INTO scorecard_kpis (kpi, title, owner, target, warning_threshold, breach_threshold, position) VALUES ('otif', 'OTIF', 'x', 95, 92, 88, 13)"),
    ).rejects.toThrow(/at most 12 active KPIs/);
  });
});

describe('addScorecardKpi', () => {
  it('refuses a 13th active KPI, changing nothing', async () => {
    expect(await refused(ADD, { input: otif() })).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.name',
      message: 'Argument "input.name" cannot add "otif": the scorecard already has 12 active KPIs, the most it may carry; retire one first',
    });
  });

  it('adds a KPI once a slot is free: catalog title by default, at the end of the scorecard, audited with the caller', async () => {
    await ops.as(MARIA).query(RETIRE, { name: 'substitution_rate' });
    const { addScorecardKpi } = await ops.as(MARIA).query(ADD, { input: otif({ owner: '  Director of Fulfilment ' }) });
    expect(addScorecardKpi).toEqual({
      name: 'otif',
      title: 'On time in full (OTIF)',
      description: expect.stringMatching(/^Orders delivered on time/),
      unit: 'PERCENT',
      direction: 'HIGHER_IS_BETTER',
      owner: 'Director of Fulfilment',
      target: '95',
      warningThreshold: '92',
      breachThreshold: '88',
      escalationPath: [
        { afterHours: 0, notify: 'Director of Fulfilment', channel: 'EMAIL' },
        { afterHours: 72, notify: 'VP Operations', channel: 'SLACK' },
      ],
      active: true,
      position: 13, // after the highest active position, 12
      retiredAt: null,
    });
    const { scorecardDefinitions } = await ops.query(DEFINITIONS);
    expect(scorecardDefinitions.map((d: any) => d.name)).toEqual([...DEFAULT_ORDER.filter((n) => n !== 'substitution_rate'), 'otif']);
    const changes = await scorecardChangesByKpi(ops.db, 'otif');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      action: 'add',
      actor: 'maria.lopez@example.com',
      before: null,
      after: { owner: 'Director of Fulfilment', target: '95', warningThreshold: '92', breachThreshold: '88', active: true, position: 13 },
    });
  });

  it('refuses an unknown KPI name, listing the valid ones', async () => {
    const error = await refused(ADD, { input: otif({ name: 'net_promoter_score' }) });
    expect(error.argumentName).toBe('input.name');
    expect(error.message).toMatch(/names no KPI in the catalog: "net_promoter_score". Valid names: quote_to_order_cycle_time, quote_conversion_rate, perfect_order_rate, otif,/);
  });

  it('refuses a KPI that is already on the scorecard', async () => {
    const error = await refused(ADD, { input: { ...otif(), name: 'dso', target: '40', warningThreshold: '45', breachThreshold: '50' } });
    expect(error.message).toBe('Argument "input.name" "dso" is already on the scorecard (owner: Credit Manager); change it with updateScorecardKpi or reassignScorecardKpi');
  });

  it('refuses a missing or blank owner', async () => {
    await ops.query(RETIRE, { name: 'substitution_rate' });
    expect(await refused(ADD, { input: otif({ owner: '   ' }) })).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.owner',
      message: 'Argument "input.owner" must name the person or role who owns the KPI; it is blank',
    });
    const { owner: _, ...withoutOwner } = otif();
    const missing = await refused(ADD, { input: withoutOwner });
    expect(missing.code).toBe('BAD_USER_INPUT');
    expect(missing.message).toMatch(/Field "owner" of required type "String!" was not provided/);
  });

  it('refuses thresholds inconsistent with the KPI direction, naming the field', async () => {
    await ops.query(RETIRE, { name: 'substitution_rate' });
    // OTIF is higher-is-better; 95 / 97 / 99 is ordered as if lower were better
    expect(await refused(ADD, { input: otif({ warningThreshold: '97', breachThreshold: '99' }) })).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.warningThreshold',
      message: 'Argument "input.warningThreshold" must be at or below the target (95) when higher is better; got 97 (otif)',
    });
    expect((await refused(ADD, { input: otif({ breachThreshold: '92' }) })).argumentName).toBe('input.breachThreshold');
  });

  it('refuses an empty or unordered escalation path', async () => {
    await ops.query(RETIRE, { name: 'substitution_rate' });
    expect((await refused(ADD, { input: otif({ escalationPath: [] }) })).argumentName).toBe('input.escalationPath');
    const unordered = otif({
      escalationPath: [
        { afterHours: 168, notify: 'VP Operations', channel: 'SLACK' },
        { afterHours: 0, notify: 'Director of Fulfilment', channel: 'EMAIL' },
      ],
    });
    expect((await refused(ADD, { input: unordered })).argumentName).toBe('input.escalationPath[1].afterHours');
  });
});

describe('retireScorecardKpi, then adding it back', () => {
  it('retires a KPI, keeps its definition for reference, and brings it back with new terms', async () => {
    const { retireScorecardKpi } = await ops.as(MARIA).query(RETIRE, { name: 'dso' });
    expect(retireScorecardKpi).toMatchObject({ name: 'dso', active: false, retiredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect((await ops.query(DEFINITIONS)).scorecardDefinitions.map((d: any) => d.name)).not.toContain('dso');
    const withRetired = (await ops.query(DEFINITIONS, { includeRetired: true })).scorecardDefinitions;
    expect(withRetired.map((d: any) => [d.name, d.active]).at(-1)).toEqual(['dso', false]);
    expect(withRetired).toHaveLength(12);

    const back = await ops.as(MARIA).query(ADD, {
      input: {
        name: 'dso', title: 'DSO', owner: 'AR Supervisor', target: '42', warningThreshold: '46', breachThreshold: '55',
        escalationPath: [{ afterHours: 0, notify: 'AR Supervisor', channel: 'EMAIL' }],
      },
    });
    expect(back.addScorecardKpi).toMatchObject({
      name: 'dso', title: 'DSO', owner: 'AR Supervisor', target: '42', warningThreshold: '46', breachThreshold: '55',
      escalationPath: [{ afterHours: 0, notify: 'AR Supervisor', channel: 'EMAIL' }], active: true, position: 13, retiredAt: null,
    });
    const changes = await scorecardChangesByKpi(ops.db, 'dso');
    expect(changes.map((c) => [c.action, c.actor])).toEqual([
      ['add', 'migration 20261201_0002_default_scorecard'],
      ['retire', 'maria.lopez@example.com'],
      ['add', 'maria.lopez@example.com'],
    ]);
    expect(changes[1]).toMatchObject({ before: { active: true, position: 7 }, after: { active: false } });
    expect(changes[2]).toMatchObject({ before: { active: false, owner: 'Credit Manager' }, after: { active: true, owner: 'AR Supervisor', position: 13 } });
  });

  it('refuses to retire a KPI that is not on the scorecard', async () => {
    const error = await refused(RETIRE, { name: 'otif' });
    expect([error.argumentName, error.message]).toEqual(['name', 'Argument "name" "otif" is not on the scorecard; add it with addScorecardKpi']);
    await ops.query(RETIRE, { name: 'dso' });
    expect((await refused(RETIRE, { name: 'dso' })).message).toMatch(/"dso" is not on the scorecard \(it was retired\)/);
    expect((await refused(RETIRE, { name: 'dsoo' })).message).toMatch(/names no KPI in the catalog: "dsoo"/);
  });
});

describe('updateScorecardKpi', () => {
  it('changes the fields given, keeps the others, replaces the escalation path, and audits before and after', async () => {
    const { updateScorecardKpi } = await ops.as(MARIA).query(UPDATE, {
      name: 'dso',
      input: {
        warningThreshold: '44', breachThreshold: '48',
        escalationPath: [
          { afterHours: 0, notify: 'Credit Manager', channel: 'EMAIL' },
          { afterHours: 168, notify: 'CFO', channel: 'PAGE' },
        ],
      },
    });
    expect(updateScorecardKpi).toMatchObject({
      name: 'dso', title: 'Days sales outstanding (DSO)', owner: 'Credit Manager', target: '40', warningThreshold: '44', breachThreshold: '48',
      escalationPath: [{ afterHours: 0, notify: 'Credit Manager', channel: 'EMAIL' }, { afterHours: 168, notify: 'CFO', channel: 'PAGE' }],
      position: 7,
    });
    const [, update] = await scorecardChangesByKpi(ops.db, 'dso');
    expect(update).toMatchObject({
      action: 'update', actor: 'maria.lopez@example.com',
      before: { warningThreshold: '45', breachThreshold: '50', escalationPath: [{}, {}, {}] },
      after: { warningThreshold: '44', breachThreshold: '48', escalationPath: [{ afterHours: 0 }, { afterHours: 168 }] },
    });
  });

  it('judges the thresholds it ends up with, given or kept', async () => {
    // DSO keeps target 40 and breach 50; a warning of 55 leaves breach 50 no longer above it
    expect(await refused(UPDATE, { name: 'dso', input: { warningThreshold: '55' } })).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.breachThreshold',
      message: 'Argument "input.breachThreshold" must be above the warning threshold (55) when lower is better; got 50 (dso)',
    });
  });

  it('refuses an update that changes nothing, a blank title, a retired or unknown KPI', async () => {
    expect((await refused(UPDATE, { name: 'dso', input: {} })).argumentName).toBe('input');
    expect((await refused(UPDATE, { name: 'dso', input: { title: ' ' } })).argumentName).toBe('input.title');
    expect((await refused(UPDATE, { name: 'otif', input: { title: 'OTIF' } })).argumentName).toBe('name');
    expect((await refused(UPDATE, { name: 'nps', input: { title: 'NPS' } })).message).toMatch(/Valid names: /);
  });
});

describe('reassignScorecardKpi', () => {
  it('hands the KPI to a new owner, audited with the subject of the caller\'s token', async () => {
    const { reassignScorecardKpi } = await ops.query(REASSIGN, { name: 'dso', owner: 'AR Supervisor' });
    expect(reassignScorecardKpi).toMatchObject({ name: 'dso', owner: 'AR Supervisor', target: '40' });
    const [, change] = await scorecardChangesByKpi(ops.db, 'dso');
    expect(change).toMatchObject({ action: 'reassign', actor: 'test-staff', before: { owner: 'Credit Manager' }, after: { owner: 'AR Supervisor' } });
  });

  it('gives an unowned KPI an owner again', async () => {
    await ops.db.query("UPDATE scorecard_kpis SET owner = NULL WHERE kpi = 'substitution_rate'");
    const { reassignScorecardKpi } = await ops.as(MARIA).query(REASSIGN, { name: 'substitution_rate', owner: 'Inventory Planning Manager' });
    expect(reassignScorecardKpi.owner).toBe('Inventory Planning Manager');
  });

  it('refuses a blank owner or a KPI not on the scorecard', async () => {
    expect(await refused(REASSIGN, { name: 'dso', owner: '' })).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'owner',
      message: 'Argument "owner" must name the person or role who owns the KPI; it is blank',
    });
    expect((await refused(REASSIGN, { name: 'otif', owner: 'Someone' })).argumentName).toBe('name');
  });
});
