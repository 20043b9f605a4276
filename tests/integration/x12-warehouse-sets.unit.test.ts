import { describe, expect, it } from 'vitest';
import { parseInterchanges, type ParsedSet } from '../../subgraphs/integration/intake/x12/index.ts';
import { interchange } from './x12-fixtures.ts';

/** The sets of one group (functional id and sets as given), all expected accepted. */
function accepted(functionalId: string, ...sets: string[][]): ParsedSet[] {
  const text = interchange([`GS*${functionalId}*PARTNER*OPSGRAPH*20240301*0930*7*X*004010`, ...sets.flat(), `GE*${sets.length}*7`, 'IEA*1*000000007']);
  const [ic] = parseInterchanges(text);
  const all = ic!.groups[0]!.sets;
  expect(all.map((s) => s.problems)).toEqual(sets.map(() => []));
  expect(ic?.status).toBe('accepted');
  return all;
}

describe('846 inventory advice', () => {
  const set846 = [
    'ST*846*0001',
    'BIA*00*DD*INV-20240301*20240301*0600',
    'N1*WH*DALLAS DC*92*DAL',
    'LIN*1*VN*W-100*UP*012345678905',
    'PID*F****WIDGET 100',
    'QTY*17*140*EA',
    'QTY*33*120*EA',
    'LIN*2*SK*S-200',
    'QTY*33*7*CA',
    'SE*10*0001',
  ];

  it('reports on-hand per item for the warehouse, QTY*17 first and QTY*33 when it is all there is', () => {
    const [set] = accepted('IB', set846);
    expect(set?.event).toEqual({
      type: 'inventory_advice',
      occurredAt: '2024-03-01T06:00:00.000Z', // BIA04 + BIA05
      keys: { skus: ['W-100', 'S-200'], branches: ['DAL'] },
      payload: {
        reportDate: '2024-03-01',
        reference: 'INV-20240301',
        warehouse: { role: 'WH', name: 'DALLAS DC', idQualifier: '92', id: 'DAL' },
        items: [
          {
            item: { sku: 'W-100', ids: { VN: 'W-100', UP: '012345678905' }, description: 'WIDGET 100' },
            onHand: 140,
            quantities: [{ qualifier: '17', quantity: 140, unit: 'EA' }, { qualifier: '33', quantity: 120, unit: 'EA' }],
          },
          { item: { sku: 'S-200', ids: { SK: 'S-200' } }, onHand: 7, quantities: [{ qualifier: '33', quantity: 7, unit: 'CA' }] },
        ],
      },
    });
  });

  it('rejects a stock figure that is not a number', () => {
    const text = interchange(['GS*IB*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', ...set846.with(5, 'QTY*17*1,40*EA'), 'GE*1*7', 'IEA*1*000000007']);
    const set = parseInterchanges(text)[0]!.groups[0]!.sets[0]!;
    expect(set.status).toBe('rejected');
    const at = { segmentId: 'QTY', position: 6, error: '8', element: { position: 2, error: '6', value: '1,40' } }; // ST is segment 3
    expect(set.problems).toEqual([{ code: 'not_a_number', message: 'QTY02 (quantity) is "1,40" at segment 8; expected a number', segment: 8, at }]);
  });
});

describe('940 warehouse shipping order', () => {
  it('reads the depositor order, ship-to, requested ship date and W01 lines', () => {
    const [set] = accepted('OW', [
      'ST*940*0001',
      'W05*N*SO-5001*PO-777',
      'N1*ST*ACME STORE 12*92*0012',
      'N3*1 MAIN ST',
      'N4*AUSTIN*TX*78701*US',
      'N1*WH*DALLAS DC*92*DAL',
      'G62*04*20240301*1*0815',
      'G62*10*20240304',
      'LX*1',
      'W01*12*EA*00012345678905*VN*W-100',
      'G69*WIDGET 100',
      'LX*2',
      'W01*3*CA**SK*S-200*UP*012345678912',
      'SE*14*0001',
    ]);
    expect(set?.event).toEqual({
      type: 'warehouse_shipping_order',
      occurredAt: '2024-03-01T08:15:00.000Z', // G62*04 date and time
      keys: { orders: ['SO-5001'], purchaseOrders: ['PO-777'], skus: ['W-100', 'S-200'], branches: ['DAL'] },
      payload: {
        depositorOrderNumber: 'SO-5001',
        poNumber: 'PO-777',
        requestedShipDate: '2024-03-04',
        parties: [
          { role: 'ST', name: 'ACME STORE 12', idQualifier: '92', id: '0012', address: { lines: ['1 MAIN ST'], city: 'AUSTIN', region: 'TX', postalCode: '78701', country: 'US' } },
          { role: 'WH', name: 'DALLAS DC', idQualifier: '92', id: 'DAL' },
        ],
        lines: [
          { item: { sku: 'W-100', ids: { UA: '00012345678905', VN: 'W-100' }, description: 'WIDGET 100' }, quantity: 12, unit: 'EA' },
          { item: { sku: 'S-200', ids: { SK: 'S-200', UP: '012345678912' } }, quantity: 3, unit: 'CA' },
        ],
      },
    });
  });

  it('rejects a 940 without W05', () => {
    const text = interchange(['GS*OW*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', 'ST*940*0001', 'W01*1*EA**VN*W-100', 'SE*3*0001', 'GE*1*7', 'IEA*1*000000007']);
    const set = parseInterchanges(text)[0]!.groups[0]!.sets[0]!;
    const at = { segmentId: 'W05', position: 2, error: '3' };
    expect(set.problems).toEqual([{ code: 'segment_missing', message: 'transaction set 940 0001 has no W05 segment (shipping order identification); W05 is mandatory', at }]);
  });
});

describe('945 warehouse shipping advice', () => {
  it('reads what shipped against the order, line by line, ordered against shipped', () => {
    const [set] = accepted('SW', [
      'ST*945*0001',
      'W06*F*SO-5001*20240305*SH-9001**PO-777',
      'N1*WH*DALLAS DC*92*DAL',
      'G62*11*20240305',
      'W27*M*UPSN',
      'LX*1',
      'W12*CC*12*12**EA**VN*W-100',
      'LX*2',
      'W12*CP*3*2*1*CA**SK*S-200',
      'SE*10*0001',
    ]);
    expect(set?.event).toEqual({
      type: 'warehouse_shipping_advice',
      occurredAt: '2024-03-05T00:00:00.000Z', // W0603
      keys: { orders: ['SO-5001'], purchaseOrders: ['PO-777'], shipments: ['SH-9001'], skus: ['W-100', 'S-200'], branches: ['DAL'] },
      payload: {
        depositorOrderNumber: 'SO-5001',
        poNumber: 'PO-777',
        shipmentId: 'SH-9001',
        shipDate: '2024-03-05',
        carrier: 'UPSN',
        lines: [
          { item: { sku: 'W-100', ids: { VN: 'W-100' } }, shippedQuantity: 12, orderedQuantity: 12, unit: 'EA' },
          { item: { sku: 'S-200', ids: { SK: 'S-200' } }, shippedQuantity: 2, orderedQuantity: 3, unit: 'CA' },
        ],
      },
    });
  });
});

describe('945 W12 second item id (W1216 UPC case code, W1217/W1218 pair)', () => {
  /** A W12 with its elements given from W1201 on; W1209-W1215 (lot, weights) left empty. */
  const w12 = (first: string[], second: string[]) => ['W12', ...first, ...Array<string>(7).fill(''), ...second].join('*');

  it('reads W1216-W1218 as more ids of the shipped item, unless W1201 is IS, when they name the item ordered', () => {
    const [set] = accepted('SW', [
      'ST*945*0002',
      'W06*F*SO-5002*20240306',
      w12(['CC', '4', '4', '', 'EA', '', 'VN', 'W-100'], ['00012345678905', 'SK', 'S-100']),
      w12(['IS', '3', '3', '', 'EA', '', 'VN', 'W-200'], ['', 'SK', 'S-100']),
      'SE*5*0002',
    ]);
    expect(set?.event?.payload).toMatchObject({
      lines: [
        { item: { sku: 'W-100', ids: { VN: 'W-100', UA: '00012345678905', SK: 'S-100' } }, shippedQuantity: 4, orderedQuantity: 4, unit: 'EA' },
        // W-200 shipped in place of S-100: S-100 is not one of W-200's ids.
        { item: { sku: 'W-200', ids: { VN: 'W-200' } }, shippedQuantity: 3, orderedQuantity: 3, unit: 'EA' },
      ],
    });
  });
});

describe('180 return authorization', () => {
  it('takes the reason from RDR02 only, the heading RDR\'s for lines without their own; RDR01 is a disposition', () => {
    const [set] = accepted('AN', ['ST*180*0003', 'BGN*00*RMA-3003*20240312', 'RDR**DM', 'PRF*PO-778', 'BLI*VN*W-100*1*EA', 'BLI*VN*S-200*2*EA', 'RDR*RA', 'BLI*VN*X-300*1*EA', 'RDR*RA*WI', 'SE*10*0003']);
    expect(set?.event?.payload).toMatchObject({
      lines: [
        { item: { sku: 'W-100' }, quantity: 1, reasonCode: 'DM' }, // the heading RDR02
        { item: { sku: 'S-200' }, quantity: 2, reasonCode: 'DM' }, // its RDR has only RDR01 RA (return with authorization)
        { item: { sku: 'X-300' }, quantity: 1, reasonCode: 'WI' }, // its own RDR02
      ],
    });
  });


  it('reads BLI lines with their RDR reason, and LIN/QTY lines from partners who send those', () => {
    const [bli, lin] = accepted(
      'AN',
      ['ST*180*0001', 'BGN*00*RMA-3001*20240310*1400', 'PRF*PO-777', 'BLI*VN*W-100*2*EA', 'RDR*A*DM', 'BLI*SK*S-200*1*CA****UP*012345678912', 'SE*7*0001'],
      ['ST*180*0002', 'BGN*00*RMA-3002*20240311', 'N9*OQ*SO-5001', 'LIN**VN*W-100', 'QTY*01*4', 'SE*6*0002'],
    );
    expect(bli?.event).toEqual({
      type: 'return_authorization',
      occurredAt: '2024-03-10T14:00:00.000Z', // BGN03 + BGN04
      keys: { orders: ['PO-777'], skus: ['W-100', 'S-200'] },
      payload: {
        rmaNumber: 'RMA-3001',
        date: '2024-03-10',
        orderNumber: 'PO-777',
        lines: [
          { item: { sku: 'W-100', ids: { VN: 'W-100' } }, quantity: 2, reasonCode: 'DM' },
          { item: { sku: 'S-200', ids: { SK: 'S-200', UP: '012345678912' } }, quantity: 1, reasonCode: null },
        ],
      },
    });
    expect(lin?.event).toMatchObject({
      occurredAt: '2024-03-11T00:00:00.000Z',
      keys: { orders: ['SO-5001'], skus: ['W-100'] },
      payload: { rmaNumber: 'RMA-3002', orderNumber: 'SO-5001', lines: [{ item: { sku: 'W-100', ids: { VN: 'W-100' } }, quantity: 4, reasonCode: null }] },
    });
  });
});

describe('occurredAt falls back to the group date', () => {
  it('uses GS04/GS05 when the document carries no date of its own', () => {
    const [set] = accepted('PO', ['ST*850*0001', 'BEG*00*SA*PO-1', 'PO1*1*10*EA*2.50**VN*W-100', 'SE*4*0001']);
    expect(set?.event?.occurredAt).toBe('2024-03-01T09:30:00.000Z'); // GS04 20240301, GS05 0930
  });
});
