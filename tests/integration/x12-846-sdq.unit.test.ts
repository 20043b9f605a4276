import { describe, expect, it } from 'vitest';
import { functionalAcknowledgment, parseInterchanges, type ParsedSet } from '../../subgraphs/integration/intake/x12/index.ts';
import type { InventoryAdvicePayload } from '../../lib/events/model.ts';
import { interchange } from './x12-fixtures.ts';

/**
 * 846 SDQ (destination quantity): the split of the QTY before it by location. Segment positions in
 * the messages count from ISA (1), GS (2), ST (3), BIA (4), so the first LIN is segment 5.
 */
function set846(...detail: string[]): ParsedSet {
  const segments = ['ST*846*0001', 'BIA*00*MM*INV-7*20240301*0600', ...detail, `SE*${detail.length + 3}*0001`];
  const text = interchange(['GS*IB*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', ...segments, 'GE*1*7', 'IEA*1*000000007']);
  return parseInterchanges(text)[0]!.groups[0]!.sets[0]!;
}

function advice(set: ParsedSet): InventoryAdvicePayload {
  expect(set.event?.type).toBe('inventory_advice');
  return set.event!.payload as InventoryAdvicePayload;
}

describe('846 SDQ splits the QTY before it by location', () => {
  it('gives each SDQ pair its location and quantity, carrying SDQ02 over when an SDQ leaves it out', () => {
    const set = set846(
      'LIN*1*VN*W-100',
      'QTY*17*55*EA',
      'SDQ*EA*92*CHI*40*DAL*15',
      'LIN*2*VN*S-200',
      'QTY*33*12*EA',
      'SDQ*EA*54*CHI*5',
      'SDQ*EA**DAL*7',
    );
    expect(set.problems).toEqual([]);
    expect(set.event?.keys).toEqual({ skus: ['W-100', 'S-200'], branches: ['CHI', 'DAL'] });
    expect(set.event?.payload).toEqual({
      reportDate: '2024-03-01',
      reference: 'INV-7',
      warehouse: null,
      items: [
        {
          item: { sku: 'W-100', ids: { VN: 'W-100' } },
          onHand: 55, // QTY*17; 40 at CHI + 15 at DAL
          quantities: [{
            qualifier: '17', quantity: 55, unit: 'EA',
            locations: [{ location: 'CHI', locationQualifier: '92', quantity: 40 }, { location: 'DAL', locationQualifier: '92', quantity: 15 }],
          }],
        },
        {
          item: { sku: 'S-200', ids: { VN: 'S-200' } },
          onHand: 12, // QTY*33; 5 at CHI + 7 at DAL, both under SDQ02 54 (the second SDQ sends none)
          quantities: [{
            qualifier: '33', quantity: 12, unit: 'EA',
            locations: [{ location: 'CHI', locationQualifier: '54', quantity: 5 }, { location: 'DAL', locationQualifier: '54', quantity: 7 }],
          }],
        },
      ],
    });
  });

  it('reads ten pairs, SDQ03/04 to SDQ21/22, and not SDQ23 (a location identifier, not a pair)', () => {
    const pairs = Array.from({ length: 10 }, (_, i) => `L${i + 1}*${i + 1}`).join('*');
    const set = set846('LIN*1*VN*W-100', 'QTY*17*55*EA', `SDQ*EA*92*${pairs}*ZONE-A`); // 1 + 2 + .. + 10 = 55
    expect(set.problems).toEqual([]);
    const [quantity] = advice(set).items[0]!.quantities;
    expect(quantity?.locations?.map((l) => [l.location, l.quantity])).toEqual([
      ['L1', 1], ['L2', 2], ['L3', 3], ['L4', 4], ['L5', 5], ['L6', 6], ['L7', 7], ['L8', 8], ['L9', 9], ['L10', 10],
    ]);
  });

  it('gives the QTY the SDQ01 unit when QTY03 is empty', () => {
    const set = set846('LIN*1*VN*W-100', 'QTY*17*3', 'SDQ*CA*92*CHI*3');
    expect(advice(set).items[0]!.quantities).toEqual([
      { qualifier: '17', quantity: 3, unit: 'CA', locations: [{ location: 'CHI', locationQualifier: '92', quantity: 3 }] },
    ]);
  });
});

describe('846 SDQ that cannot be placed rejects the set', () => {
  it('an SDQ with no QTY before it in its LIN loop', () => {
    const set = set846('LIN*1*VN*W-100', 'SDQ*EA*92*CHI*40', 'QTY*17*40*EA');
    expect(set.status).toBe('rejected');
    expect(set.problems).toEqual([
      { code: 'segment_misplaced', message: 'SDQ at segment 6 has no QTY before it in its LIN loop; SDQ splits the quantity of the QTY it follows', segment: 6, at: { segmentId: 'SDQ', position: 4, error: '7' } },
    ]);
  });

  it('a split that does not add up to its QTY, or is in another unit', () => {
    expect(set846('LIN*1*VN*W-100', 'QTY*17*60*EA', 'SDQ*EA*92*CHI*40*DAL*15').problems).toEqual([
      { code: 'quantity_mismatch', message: 'the SDQ quantities from segment 7 add up to 55 but the QTY*17 they split is 60', segment: 7, at: { segmentId: 'SDQ', position: 5, error: '8' } },
    ]);
    expect(set846('LIN*1*VN*W-100', 'QTY*17*55*EA', 'SDQ*CA*92*CHI*40*DAL*15').problems).toEqual([
      { code: 'unit_mismatch', message: 'SDQ01 (unit) is "CA" at segment 7 but the QTY*17 it splits is in "EA"', segment: 7, at: { segmentId: 'SDQ', position: 5, error: '8' } },
    ]);
  });

  it('a pair with a quantity and no location, or a location and no quantity', () => {
    expect(set846('LIN*1*VN*W-100', 'QTY*17*40*EA', 'SDQ*EA*92*CHI*25**15').problems).toEqual([
      { code: 'element_missing', message: 'SDQ05 (location) is empty at segment 7 but SDQ06 holds a quantity; they go in pairs', segment: 7, at: { segmentId: 'SDQ', position: 5, error: '8' } },
      { code: 'quantity_mismatch', message: 'the SDQ quantities from segment 7 add up to 25 but the QTY*17 they split is 40', segment: 7, at: { segmentId: 'SDQ', position: 5, error: '8' } },
    ]);
    expect(set846('LIN*1*VN*W-100', 'QTY*17*0*EA', 'SDQ*EA*92*CHI').problems).toEqual([
      { code: 'not_a_number', message: 'SDQ04 (quantity at CHI) is empty at segment 7; expected a number', segment: 7, at: { segmentId: 'SDQ', position: 5, error: '8', element: { position: 4, error: '1' } } },
    ]);
  });

  it('tells the partner in the 997: an AK3 at the SDQ (its position in the set, ST being 1) and AK5 code 5', () => {
    const text = interchange([
      'GS*IB*PARTNER*OPSGRAPH*20240301*0930*7*X*004010',
      'ST*846*0001', 'BIA*00*MM*INV-7*20240301*0600', 'LIN*1*VN*W-100', 'QTY*17*60*EA', 'SDQ*EA*92*CHI*40*DAL*15', 'SE*6*0001',
      'GE*1*7', 'IEA*1*000000007',
    ]);
    const [ic] = parseInterchanges(text);
    const ack = functionalAcknowledgment(ic!, ic!.groups[0]!, { controlNumber: 3, at: new Date('2024-03-02T08:05:00Z') });
    // ST 1, BIA 2, LIN 3, QTY 4, SDQ 5; 8: the segment has data element errors.
    expect(ack).toContain('AK1*IB*7~AK2*846*0001~AK3*SDQ*5**8~AK5*R*5~AK9*R*1*1*0~');
  });
});
