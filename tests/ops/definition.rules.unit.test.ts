import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkEscalationPath, checkThresholds, requireCatalogKpi, requiredText } from '../../subgraphs/ops/rules/definition.rules.ts';
import { catalogEntry, KPI_CATALOG } from '../../subgraphs/ops/rules/kpi-catalog.ts';

/** The BAD_USER_INPUT a check throws: which input field it names and what it says. */
function refusal(check: () => unknown): { argumentName: unknown; message: string } {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const graphQLError = error as GraphQLError;
    expect(graphQLError.extensions.code).toBe('BAD_USER_INPUT');
    return { argumentName: graphQLError.extensions.argumentName, message: graphQLError.message };
  }
  throw new Error('expected the check to refuse the input');
}

const perfectOrder = catalogEntry('perfect_order_rate')!;
const dso = catalogEntry('dso')!;

describe('requireCatalogKpi', () => {
  it('returns the catalog entry for a known name', () => {
    expect(requireCatalogKpi('dso', 'input.name')).toMatchObject({ unit: 'DAYS', direction: 'LOWER_IS_BETTER', domain: 'ERP' });
  });

  it('refuses an unknown name, listing every valid one', () => {
    const { argumentName, message } = refusal(() => requireCatalogKpi('net_promoter_score', 'input.name'));
    expect(argumentName).toBe('input.name');
    expect(message).toMatch(/^Argument "input.name" names no KPI in the catalog: "net_promoter_score". Valid names: quote_to_order_cycle_time, /);
    for (const entry of KPI_CATALOG) expect(message).toContain(entry.name);
  });
});

describe('requiredText', () => {
  it('trims and keeps a real name', () => {
    expect(requiredText('  Credit Manager ', 'input.owner', 'the owner')).toBe('Credit Manager');
  });

  it('refuses a blank or overlong one', () => {
    expect(refusal(() => requiredText('   ', 'input.owner', 'the person or role who owns the KPI'))).toEqual({
      argumentName: 'input.owner',
      message: 'Argument "input.owner" must name the person or role who owns the KPI; it is blank',
    });
    expect(refusal(() => requiredText('x'.repeat(201), 'owner', 'the owner')).message).toMatch(/at most 200 characters; it has 201/);
  });
});

describe('checkThresholds', () => {
  it('accepts thresholds ordered for the KPI direction', () => {
    expect(() => checkThresholds(perfectOrder, { target: '95', warningThreshold: '92', breachThreshold: '90' })).not.toThrow();
    expect(() => checkThresholds(dso, { target: '40', warningThreshold: '45', breachThreshold: '50' })).not.toThrow();
  });

  it('refuses thresholds ordered for the other direction, naming the field', () => {
    // perfect order is higher-is-better: warning 96 above target 95 reads as "lower is better"
    expect(refusal(() => checkThresholds(perfectOrder, { target: '95', warningThreshold: '96', breachThreshold: '98' }))).toEqual({
      argumentName: 'input.warningThreshold',
      message: 'Argument "input.warningThreshold" must be at or below the target (95) when higher is better; got 96 (perfect_order_rate)',
    });
    // DSO is lower-is-better: breach 45 does not lie past warning 45
    expect(refusal(() => checkThresholds(dso, { target: '40', warningThreshold: '45', breachThreshold: '45' })).argumentName).toBe('input.breachThreshold');
  });

  it('refuses negative values and percentages over 100', () => {
    expect(refusal(() => checkThresholds(dso, { target: '-1', warningThreshold: '45', breachThreshold: '50' })).argumentName).toBe('input.target');
    expect(refusal(() => checkThresholds(perfectOrder, { target: '101', warningThreshold: '92', breachThreshold: '90' })).message).toMatch(
      /"input.target" must be a percentage from 0 to 100 for perfect_order_rate; got 101/,
    );
  });
});

describe('checkEscalationPath', () => {
  const step = (afterHours: number, notify = 'VP Operations', channel = 'email') => ({ afterHours, notify, channel });

  it('keeps an ascending path, trimming names', () => {
    expect(checkEscalationPath([step(0, ' Owner '), step(48), step(48, 'Controller'), step(336, 'COO', 'page')], 'input.escalationPath')).toEqual([
      step(0, 'Owner'), step(48), step(48, 'Controller'), step(336, 'COO', 'page'),
    ]);
  });

  it('refuses an empty path, a negative or descending afterHours and a blank notify, naming the step', () => {
    expect(refusal(() => checkEscalationPath([], 'input.escalationPath'))).toEqual({
      argumentName: 'input.escalationPath',
      message: 'Argument "input.escalationPath" needs at least one step: who is told when the KPI breaches',
    });
    expect(refusal(() => checkEscalationPath([step(-1)], 'input.escalationPath')).argumentName).toBe('input.escalationPath[0].afterHours');
    const descending = refusal(() => checkEscalationPath([step(0), step(168), step(48)], 'input.escalationPath'));
    expect(descending.argumentName).toBe('input.escalationPath[2].afterHours');
    expect(descending.message).toMatch(/must not be less than the previous step's \(168\)/);
    expect(refusal(() => checkEscalationPath([step(0), step(48, ' ')], 'input.escalationPath')).argumentName).toBe('input.escalationPath[1].notify');
  });
});
