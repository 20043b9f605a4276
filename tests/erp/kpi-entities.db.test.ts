import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWeeks } from '../../lib/iso-week.ts';
import { subgraphCaller } from '../../lib/testing/graphql.ts';
import { ORDERS_PLACED, startKpiFixture } from './kpi-fixture.ts';

let erp: Awaited<ReturnType<typeof startKpiFixture>>;
beforeAll(async () => {
  erp = await startKpiFixture();
});
afterAll(async () => {
  await erp?.stop();
});

const entities = (selection: string) => `query ($r: [_Any!]!) { _entities(representations: $r) { ... on KpiPeriod { ${selection} } } }`;
const period = (fromWeek: unknown, toWeek: unknown, extra: object = {}) => ({ __typename: 'KpiPeriod', fromWeek, toWeek, ...extra });

describe('KpiPeriod references', () => {
  it('resolve to their key without reading the database; every valid week range is a period', async () => {
    const before = erp.db.stats.statements;
    const response = await subgraphCaller(erp).post(entities('fromWeek toWeek'), { r: [period('2026-W42', '2026-W44'), period('2031-W01', '2031-W02')] });
    expect(response.data).toEqual({ _entities: [{ fromWeek: '2026-W42', toWeek: '2026-W44' }, { fromWeek: '2031-W01', toWeek: '2031-W02' }] });
    expect(erp.db.stats.statements - before).toBe(0);
  });

  it('refuse a malformed or reversed range, naming the key field', async () => {
    const errorFor = async (representation: object) => (await subgraphCaller(erp).post(entities('fromWeek'), { r: [representation] })).errors?.[0];
    expect(await errorFor(period('2026-W44', '2026-W42'))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'toWeek' } });
    expect(await errorFor(period('2026-44', '2026-W44'))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'fromWeek' } });
    expect(await errorFor(period('2024-W01', '2026-W44'))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'toWeek' } });
  });
});

describe('statements per batch of KpiPeriod representations do not grow with the batch', () => {
  const selection = `revenue(by: SEGMENT) { reading { value } } grossMarginPercent { reading { value } } dso(by: COHORT) { reading { value } }
    dsoCountback: dso(method: COUNTBACK) { reading { value } } creditHoldFrequency { reading { value } }
    creditHoldReleaseTime { mean { reading { value } } medianHours } disputeRate(by: REASON) { reading { value } }
    disputeCycleTimeDays { reading { value } } supplierOnTimeDelivery { reading { value } }
    inboundEtaAccuracy { biasDays } inventoryAging { quantity } forecastAccuracy { trailing8Weeks { wape { value } } }
    priceLeakage { amount } accountProfiles { accountId }`;
  const batch = (size: number) =>
    Array.from({ length: size }, (_, index) => {
      const toWeek = addWeeks('2026-W44', -(index % 40));
      return period(addWeeks(toWeek, -(index % 13)), toWeek, { ordersPlacedByWeek: ORDERS_PLACED, skuWeeklyDemand: [] });
    });

  it('costs the same for 10 periods as for 100', async () => {
    const statementsFor = async (size: number) => {
      const before = erp.db.stats.statements;
      const response = await subgraphCaller(erp).post(entities(selection), { r: batch(size) });
      expect(response.errors).toBeUndefined();
      expect((response.data as any)._entities).toHaveLength(size);
      return erp.db.stats.statements - before;
    };
    const ten = await statementsFor(10);
    expect(ten).toBeGreaterThan(0);
    expect(await statementsFor(100)).toBe(ten);
  });
});
