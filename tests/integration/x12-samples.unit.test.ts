import { describe, expect, it } from 'vitest';
import { parseInterchanges, type ParsedSet } from '../../subgraphs/integration/intake/x12/index.ts';
import type { NormalizedEvent } from '../../lib/events/model.ts';
import { fixture } from './x12-fixtures.ts';

/** The one set of a one-set sample, checked accepted all the way up. */
function onlySet(name: string): ParsedSet {
  const [ic, ...more] = parseInterchanges(fixture(name));
  expect(more).toHaveLength(0);
  expect(ic?.status).toBe('accepted');
  expect(ic?.groups).toHaveLength(1);
  expect(ic?.groups[0]?.status).toBe('accepted');
  const set = ic!.groups[0]!.sets[0]!;
  expect(ic!.groups[0]!.sets).toHaveLength(1);
  expect(set.problems).toEqual([]);
  expect(set.status).toBe('accepted');
  return set;
}

function event<T extends NormalizedEvent['type']>(set: ParsedSet, type: T): NormalizedEvent<T> {
  expect(set.event?.type).toBe(type);
  return set.event as NormalizedEvent<T>;
}

describe('public X12 samples', () => {
  it('850-nodex12-1: PO 08292233294 with 6 lines, the first 120 EA at 9.25 of VN AB3542', () => {
    const set = onlySet('850-nodex12-1.edi');
    expect(set).toMatchObject({ setId: '850', controlNumber: '000000010', segmentCount: 33 });
    expect(set.raw.startsWith('ST*850*000000010~\n')).toBe(true);
    expect(set.raw.endsWith('SE*33*000000010~\n')).toBe(true);
    const e = event(set, 'purchase_order');
    expect(e.occurredAt).toBe('2010-11-27T00:00:00.000Z'); // BEG05 20101127, no time in BEG
    expect(e.keys).toEqual({ purchaseOrders: ['08292233294'], skus: ['AB3542', 'RD5322', 'XY5266', 'VX2332', 'RV0524', 'DX1875'] });
    const p = e.payload;
    expect(p).toMatchObject({ poNumber: '08292233294', purpose: '00', orderType: 'SA', poDate: '2010-11-27', requestedDeliveryDate: '2010-12-14', declaredLineCount: 6 });
    expect(p.lines).toHaveLength(6);
    expect(p.lines[0]).toEqual({
      lineNumber: '1', quantity: 120, unit: 'EA', unitPrice: '9.25',
      item: { sku: 'AB3542', ids: { CB: '065322-117', PR: 'RO', VN: 'AB3542' }, description: 'SMALL WIDGET' },
    });
    expect(p.lines.map((l) => [l.quantity, l.unitPrice])).toEqual([[120, '9.25'], [220, '13.79'], [126, '10.99'], [76, '4.35'], [72, '7.5'], [696, '9.55']]);
    expect(p.parties).toEqual([
      { role: 'ST', name: 'XYZ RETAIL', idQualifier: '9', id: '0003947268292', address: { lines: ['31875 SOLON RD'], city: 'SOLON', region: 'OH', postalCode: '44139', country: null } },
    ]);
  });

  it('850-nodex12-petco-2: newline-terminated, one line of 1 KI at 225 whose VN is UNKNOWN', () => {
    const [ic] = parseInterchanges(fixture('850-nodex12-petco-2.edi'));
    expect(ic?.header?.delimiters).toEqual({ element: '*', component: '>', repetition: null, segment: '\n' });
    const set = onlySet('850-nodex12-petco-2.edi');
    expect(set.segmentCount).toBe(14);
    const e = event(set, 'purchase_order');
    expect(e.occurredAt).toBe('2016-04-26T00:00:00.000Z');
    expect(e.payload.poNumber).toBe('----------'); // redacted in the published sample
    expect(e.payload.lines).toEqual([
      { lineNumber: null, quantity: 1, unit: 'KI', unitPrice: '225', item: { sku: 'UNKNOWN', ids: { VN: 'UNKNOWN', PD: 'SU - SPARK - AQ FREEZER PUSHER', SK: '000000000001010700' } } },
    ]);
    expect(e.payload.declaredLineCount).toBe(1); // CTT*000001
    expect(e.payload.parties.map((p) => [p.role, p.id])).toEqual([['VN', '-----'], ['ST', '100']]);
  });

  it('855-nodex12-1: PO POTEST1112 acknowledged with detail, lines IA/IR/IR/IA', () => {
    const e = event(onlySet('855-nodex12-1.edi'), 'po_acknowledgment');
    expect(e.occurredAt).toBe('2020-10-15T00:00:00.000Z'); // BAK09
    expect(e.payload).toMatchObject({ poNumber: 'POTEST1112', acknowledgmentType: 'AD', acknowledgmentDate: '2020-10-15' });
    expect(e.payload.lines.map((l) => [l.lineNumber, l.quantity, l.unitPrice, l.item.sku])).toEqual([
      ['1', 3, '4.5', '9780446360265'],
      ['2', 2, '15.99', '9780767928427'],
      ['3', 1, '0', '9780099599531'],
      ['4', 2, '4.5', '9780446360272'],
    ]);
    expect(e.payload.lines.map((l) => l.statuses)).toEqual([
      [{ code: 'IA', meaning: 'accepted', quantity: 3, date: null }],
      [{ code: 'IR', meaning: 'rejected', quantity: 0, date: null }],
      [{ code: 'IR', meaning: 'rejected', quantity: 0, date: null }],
      [{ code: 'IA', meaning: 'accepted', quantity: 2, date: null }],
    ]);
    expect(e.payload.lines[0]?.item.ids).toEqual({ EN: '9780446360265', B6: 'NEUFELDT, VICTORIA', B3: '00', B4: 'P' });
  });

  it('855-stupidedi-toyota-2: ISA16 is "{"; one line of 72 EA at 47.34, sku from BP', () => {
    const [ic] = parseInterchanges(fixture('855-stupidedi-toyota-2.edi'));
    expect(ic?.header).toMatchObject({ senderQualifier: 'ZZ', senderId: '208781609-SHRAA', receiverQualifier: '01', receiverId: '207046228P', controlNumber: '000002419', version: '00400', usage: 'P' });
    expect(ic?.header?.delimiters.component).toBe('{');
    const e = event(onlySet('855-stupidedi-toyota-2.edi'), 'po_acknowledgment');
    // BAK09 (the acknowledgment's date, 20170425) rather than BAK04 (the PO's, 20170502).
    expect(e.occurredAt).toBe('2017-04-25T00:00:00.000Z');
    expect(e.payload).toMatchObject({ poNumber: '1D711419', acknowledgmentType: 'AT', acknowledgmentDate: '2017-04-25' });
    expect(e.payload.lines).toEqual([{ lineNumber: '0001', quantity: 72, unit: 'EA', unitPrice: '47.34', item: { sku: 'C000900237', ids: { BP: 'C000900237' } }, statuses: [] }]);
  });

  it('856-nodex12-1: ISA11 "-"; shipment 829716 for PO 99999817, items of 24 and 6', () => {
    const [ic] = parseInterchanges(fixture('856-nodex12-1.edi'));
    expect(ic?.header?.delimiters).toEqual({ element: '*', component: '>', repetition: '-', segment: '~' });
    const e = event(onlySet('856-nodex12-1.edi'), 'ship_notice');
    expect(e.occurredAt).toBe('2011-12-06T14:24:28.000Z'); // BSN03 + BSN04
    expect(e.keys).toEqual({ shipments: ['829716'], purchaseOrders: ['99999817'], skus: ['87787D', '99887D'] });
    expect(e.payload).toMatchObject({ shipmentId: '829716', shipDate: '2011-12-06', estimatedDeliveryDate: null, carrier: 'XXXX', billOfLading: '999999-001', trackingNumber: '5787970539' });
    expect(e.payload.orders).toEqual([
      {
        poNumber: '99999817',
        items: [
          { item: { sku: '87787D', ids: { VP: '87787D', UP: '999999310145' }, description: 'BLUE WIDGET' }, shippedQuantity: 24, unit: 'EA' },
          { item: { sku: '99887D', ids: { VP: '99887D', UP: '999999311746' }, description: 'RED WIDGET' }, shippedQuantity: 6, unit: 'EA' },
        ],
      },
    ]);
    expect(e.payload.parties.map((p) => p.role)).toEqual(['SH', 'OB', 'SF']);
  });

  it('810-stupidedi-pipe-3: "|" separators; invoice 00237058 totalling 285.66 over two lines', () => {
    const [ic] = parseInterchanges(fixture('810-stupidedi-pipe-3.edi'));
    expect(ic?.header?.delimiters).toEqual({ element: '|', component: '>', repetition: null, segment: '~' });
    const e = event(onlySet('810-stupidedi-pipe-3.edi'), 'invoice');
    expect(e.occurredAt).toBe('2021-11-18T00:00:00.000Z'); // BIG01
    expect(e.payload).toMatchObject({ invoiceNumber: '00237058', invoiceDate: '2021-11-18', poNumber: '0691-0014403', netDays: 30, total: '285.66' });
    // 4 x 70 + 1 x 5.66 = 285.66, which is what TDS*28566 says.
    expect(e.payload.lines).toEqual([
      { lineNumber: null, quantity: 4, unit: null, unitPrice: '70', item: { sku: '9781501331978', ids: { EN: '9781501331978', GC: '01' }, description: 'Retail Buying From Basics to Fashion' } },
      { lineNumber: null, quantity: 1, unit: null, unitPrice: '5.66', item: { sku: '9780316154680', ids: { EN: '9780316154680', GC: '02' }, description: 'When You Are Engulfed in Flames' } },
    ]);
    expect(e.keys).toEqual({ purchaseOrders: ['0691-0014403'], skus: ['9781501331978', '9780316154680'] });
  });

  it('keeps each set raw exactly as received and the interchange raw as the whole file', () => {
    const text = fixture('810-stupidedi-pipe-3.edi').toString('utf8');
    const [ic] = parseInterchanges(text);
    expect(ic?.raw).toBe(text);
    const set = ic!.groups[0]!.sets[0]!;
    expect(set.raw).toBe(text.slice(text.indexOf('ST|810'), text.indexOf('GE|1')));
  });
});
