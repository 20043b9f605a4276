import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { apiEventBatchSchema, apiEventSchema } from '../../subgraphs/integration/intake/api/schema.ts';

const payment = {
  id: 'acme-evt-1004',
  type: 'payment',
  occurredAt: '2026-11-28T00:30:00+02:00',
  payload: { paymentId: 'PAY-9', accountId: 'ACC-12', invoiceId: 'INV-3004', amount: '1250.50', currency: 'USD', receivedAt: '2026-11-27T22:29:00Z', method: 'ach' },
};

/** Every entry of a `properties` map anywhere in the schema: its path and its description. */
function propertiesIn(node: unknown, path = '#'): { path: string; description: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => propertiesIn(item, `${path}/${index}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here = `${path}/${key}`;
    const own =
      key === 'properties'
        ? Object.entries(value as Record<string, { description?: unknown }>).map(([name, property]) => ({ path: `${here}/${name}`, description: property.description }))
        : [];
    return [...own, ...propertiesIn(value, here)];
  });
}

const undescribed = (schema: unknown) =>
  propertiesIn(schema)
    .filter(({ description }) => typeof description !== 'string' || description.length < 10)
    .map(({ path }) => path);

describe('the published API event schema', () => {
  it('is valid draft 2020-12: Ajv checks it against the meta-schema and compiles it in strict mode', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, validateFormats: false });
    expect(ajv.validateSchema(apiEventSchema)).toBe(true);
    expect(ajv.validateSchema(apiEventBatchSchema)).toBe(true);
    expect(() => ajv.compile(apiEventSchema)).not.toThrow();
    expect(() => ajv.compile(apiEventBatchSchema)).not.toThrow();
  });

  it('gives every property, payloads and conditions included, a description a partner can read', () => {
    expect(undescribed(apiEventSchema)).toEqual([]);
    expect(undescribed(apiEventBatchSchema)).toEqual([]);
    // The walk reaches every level: 5 envelope properties; per type, its condition and its payload (5 x 2);
    // order status change 5 + its cancelled condition; inventory 3 + a position's 3; shipment 5; payment 7; return 7.
    expect(propertiesIn(apiEventSchema)).toHaveLength(5 + 10 + 6 + 6 + 5 + 7 + 7);
    expect(propertiesIn(apiEventBatchSchema)).toHaveLength(1 + 46);
  });

  it('takes a batch of 1 to 5,000 events and nothing else', () => {
    const check = new Ajv2020({ strict: true, strictRequired: false, validateFormats: false }).compile(apiEventBatchSchema);
    expect(check({ events: [payment, { ...payment, id: 'acme-evt-1005' }] })).toBe(true);
    expect(check({ events: [] })).toBe(false);
    expect(check({ events: Array.from({ length: 5001 }, () => payment) })).toBe(false);
    expect(check({ events: [payment], more: true })).toBe(false);
    expect(check({ events: [{ ...payment, payload: { ...payment.payload, amount: '0.00' } }] })).toBe(false);
  });
});
