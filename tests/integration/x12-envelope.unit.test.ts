import { describe, expect, it } from 'vitest';
import { parseInterchanges } from '../../subgraphs/integration/intake/x12/index.ts';
import { fixture, fixtureText, interchange, po850 } from './x12-fixtures.ts';

const TAKEN = '(850, 855, 856, 810, 846, 940, 945, 180)';

/** GS..GE around the given sets, group control number 7. */
const group = (sets: string[][], ge = `GE*${sets.length}*7`) => ['GS*PO*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', ...sets.flat(), ge];

describe('real-world mess the tokenizer tolerates', () => {
  it('reads through a UTF-8 byte-order mark, as bytes or as a string', () => {
    const plain = fixture('850-nodex12-1.edi');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    const [fromBytes] = parseInterchanges(new Uint8Array(withBom));
    const [fromString] = parseInterchanges('\uFEFF' + plain.toString('utf8'));
    expect(fromBytes?.status).toBe('accepted');
    expect(fromBytes?.header?.controlNumber).toBe('000003438');
    expect(fromString).toEqual(fromBytes);
    expect(fromBytes).toEqual(parseInterchanges(plain)[0]);
  });

  it('takes CR LF as the segment terminator when the ISA is followed by one', () => {
    const text = interchange(['GS*PO*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', ...po850('0001', 'PO-1'), 'GE*1*7', 'IEA*1*000000007'], { terminator: '\r\n' });
    const [ic] = parseInterchanges(text);
    expect(ic?.header?.delimiters.segment).toBe('\r\n');
    expect(ic?.status).toBe('accepted');
    const set = ic!.groups[0]!.sets[0]!;
    expect(set.raw).toBe('ST*850*0001\r\nBEG*00*SA*PO-1**20240301\r\nPO1*1*10*EA*2.50**VN*W-100\r\nSE*4*0001\r\n');
    expect(set.event?.keys).toEqual({ purchaseOrders: ['PO-1'], skus: ['W-100'] });
  });

  it('accepts an unterminated last segment, with or without a final line break', () => {
    const text = interchange(['GS*PO*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', ...po850('0001', 'PO-1'), 'GE*1*7', 'IEA*1*000000007'], { terminator: '~' });
    for (const cut of [text.slice(0, -1), text.slice(0, -1) + '\n', text.slice(0, -1) + '\r\n  ']) {
      const [ic, ...more] = parseInterchanges(cut);
      expect(more).toEqual([]);
      expect(ic?.problems).toEqual([]);
      expect(ic?.status).toBe('accepted');
    }
  });

  it('reads a file wrapped at 80 columns, line breaks falling inside segments', () => {
    const flat = fixtureText('850-nodex12-1.edi').replace(/\n/g, '');
    const wrapped = flat.slice(0, 106) + flat.slice(106).replace(/.{1,80}/g, (line) => line + '\r\n');
    const [ic] = parseInterchanges(wrapped);
    expect(ic?.status).toBe('accepted');
    const e = ic!.groups[0]!.sets[0]!.event!;
    expect(e.payload).toEqual(parseInterchanges(flat)[0]!.groups[0]!.sets[0]!.event!.payload);
  });

  it('reads an ISA whose ids are not padded to fixed width', () => {
    const text = 'ISA*00**00**ZZ*PARTNER*ZZ*OPSGRAPH*240301*0930*U*00401*000000007*0*T*>~' + interchange(['GS*PO*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', ...po850('0001', 'PO-1'), 'GE*1*7', 'IEA*1*000000007']).slice(107);
    const [ic] = parseInterchanges(text);
    expect(ic?.header).toMatchObject({ senderId: 'PARTNER', receiverId: 'OPSGRAPH', usage: 'T', controlNumber: '000000007' });
    expect(ic?.status).toBe('accepted');
  });

  it('reads two interchanges with different delimiters from one file, whitespace between', () => {
    const text = '\n' + fixtureText('855-stupidedi-toyota-2.edi') + '\r\n\r\n  ' + fixtureText('810-stupidedi-pipe-3.edi');
    const ics = parseInterchanges(text);
    expect(ics.map((ic) => [ic.header?.controlNumber, ic.header?.delimiters.element, ic.header?.delimiters.component, ic.status])).toEqual([
      ['000002419', '*', '{', 'accepted'],
      ['005639689', '|', '>', 'accepted'],
    ]);
    expect(ics.map((ic) => ic.groups[0]?.sets[0]?.event?.type)).toEqual(['po_acknowledgment', 'invoice']);
    expect(ics[0]?.raw).toBe(fixtureText('855-stupidedi-toyota-2.edi'));
  });

  it('never throws on input it cannot read: an unreadable ISA or stray text is a rejected interchange', () => {
    const ics = parseInterchanges('hello there\nISA*00*short~GS*PO~');
    expect(ics).toHaveLength(2);
    expect(ics.map((ic) => [ic.header, ic.status, ic.problems[0]?.code])).toEqual([
      [null, 'rejected', 'isa_unreadable'],
      [null, 'rejected', 'isa_unreadable'],
    ]);
    expect(ics[0]?.problems[0]?.message).toBe('text outside any interchange does not start with ISA: "hello there "');
    expect(parseInterchanges('')).toEqual([]);
    expect(parseInterchanges(new Uint8Array([0xff, 0x00, 0x41]))[0]?.status).toBe('rejected');
  });
});

describe('envelope validation', () => {
  it('rejects only the set whose SE01 is wrong; its sibling is accepted and the group partially accepted', () => {
    const bad = po850('0002', 'PO-2').with(3, 'SE*5*0002');
    const [ic] = parseInterchanges(interchange([...group([po850('0001', 'PO-1'), bad]), 'IEA*1*000000007']));
    const g = ic!.groups[0]!;
    expect(ic?.status).toBe('partially_accepted');
    expect(g.status).toBe('partially_accepted');
    expect(g.sets.map((s) => [s.controlNumber, s.status, s.event?.type ?? null])).toEqual([
      ['0001', 'accepted', 'purchase_order'],
      ['0002', 'rejected', null],
    ]);
    // ISA 1, GS 2, first set 3..6, second set 7..10: its SE is segment 10.
    expect(g.sets[1]?.problems).toEqual([{ code: 'se_count', message: 'SE01 says 5 segments but the set has 4 (ST..SE)', segment: 10 }]);
  });

  it('rejects a set whose SE02 differs from ST02, or that has no SE', () => {
    const wrongControl = po850('0001', 'PO-1').with(3, 'SE*4*0009');
    const noSe = po850('0002', 'PO-2').slice(0, 3);
    const [ic] = parseInterchanges(interchange([...group([wrongControl, noSe]), 'IEA*1*000000007']));
    const [a, b] = ic!.groups[0]!.sets;
    expect(a?.problems).toEqual([{ code: 'se_control', message: 'SE02 is 0009 but ST02 is 0001', segment: 6 }]);
    expect(b?.problems).toEqual([{ code: 'se_missing', message: 'transaction set 850 0002 has no SE: segment 10 is GE before any SE', segment: 7 }]);
    expect(ic?.groups[0]?.status).toBe('rejected');
    expect(ic?.status).toBe('rejected');
  });

  it('rejects a set id opsgraph does not take, and says which it does', () => {
    const ack = ['ST*997*0002', 'AK1*PO*1', 'AK9*A*1*1*1', 'SE*4*0002'];
    const [ic] = parseInterchanges(interchange([...group([po850('0001', 'PO-1'), ack]), 'IEA*1*000000007']));
    const [po, unknown] = ic!.groups[0]!.sets;
    expect(po?.status).toBe('accepted');
    expect(unknown?.status).toBe('rejected');
    expect(unknown?.problems).toEqual([{ code: 'set_unknown', message: `transaction set 997 is not one opsgraph takes ${TAKEN}`, segment: 7 }]);
  });

  it('rejects a set missing a mandatory segment or carrying a quantity that is not a number', () => {
    const noBeg = ['ST*850*0001', 'PO1*1*10*EA*2.50**VN*W-100', 'SE*3*0001'];
    const badQty = po850('0002', 'PO-2').with(2, 'PO1*1*ten*EA*2.50**VN*W-100');
    const [ic] = parseInterchanges(interchange([...group([noBeg, badQty, po850('0003', 'PO-3')]), 'IEA*1*000000007']));
    const sets = ic!.groups[0]!.sets;
    expect(sets.map((s) => s.status)).toEqual(['rejected', 'rejected', 'accepted']);
    // BEG belongs right after ST: noted at position 2, code 3 (mandatory segment missing).
    const noBegAt = { segmentId: 'BEG', position: 2, error: '3' };
    expect(sets[0]?.problems).toEqual([{ code: 'segment_missing', message: 'transaction set 850 0001 has no BEG segment (beginning segment with the PO number); BEG is mandatory', at: noBegAt }]);
    // Interchange segment 8 is the third of set 0002 (ST 6, BEG 7, PO1 8); "ten" is an invalid character (6) in PO102.
    const badQtyAt = { segmentId: 'PO1', position: 3, error: '8', element: { position: 2, error: '6', value: 'ten' } };
    expect(sets[1]?.problems).toEqual([{ code: 'not_a_number', message: 'PO102 (quantity ordered) is "ten" at segment 8; expected a number', segment: 8, at: badQtyAt }]);
    expect(ic?.groups[0]?.status).toBe('partially_accepted');
  });

  it('rejects every set of a group whose GE02 differs from GS06', () => {
    const [ic] = parseInterchanges(interchange([...group([po850('0001', 'PO-1'), po850('0002', 'PO-2')], 'GE*2*8'), 'IEA*1*000000007']));
    const g = ic!.groups[0]!;
    expect(g.status).toBe('rejected');
    expect(g.problems).toEqual([{ code: 'ge_control', message: 'GE02 is 8 but GS06 is 7', segment: 11 }]);
    for (const set of g.sets) {
      expect(set.status).toBe('rejected');
      expect(set.event).toBeNull();
      expect(set.problems).toEqual([{ code: 'group_rejected', message: 'group 7 rejected: GE02 is 8 but GS06 is 7' }]);
    }
    expect(ic?.status).toBe('rejected');
  });

  it('rejects a group whose GE01 miscounts its sets', () => {
    const [ic] = parseInterchanges(interchange([...group([po850('0001', 'PO-1')], 'GE*2*7'), 'IEA*1*000000007']));
    expect(ic?.groups[0]?.problems[0]?.message).toBe('GE01 says 2 transaction sets but group 7 has 1');
    expect(ic?.groups[0]?.sets[0]?.status).toBe('rejected');
  });

  it('rejects the whole interchange when IEA02 differs from ISA13, each set saying why', () => {
    const text = fixtureText('850-nodex12-1.edi').replace('IEA*1*000003438', 'IEA*1*000003439');
    const [ic] = parseInterchanges(text);
    // ISA 1, GS 2, ST..SE 3..35 (SE01 says 33), GE 36, IEA 37.
    const why = 'interchange 000003438 rejected: IEA02 is 000003439 but ISA13 is 000003438';
    expect(ic?.status).toBe('rejected');
    expect(ic?.problems).toEqual([{ code: 'iea_control', message: 'IEA02 is 000003439 but ISA13 is 000003438', segment: 37 }]);
    expect(ic?.groups[0]?.status).toBe('rejected');
    expect(ic?.groups[0]?.problems).toEqual([{ code: 'interchange_rejected', message: why }]);
    expect(ic?.groups[0]?.sets[0]).toMatchObject({ status: 'rejected', event: null, problems: [{ code: 'interchange_rejected', message: why }] });
  });

  it('rejects a truncated file: no SE, GE or IEA, and says it may be truncated', () => {
    const text = fixtureText('850-nodex12-1.edi');
    const cut = text.slice(0, text.indexOf('PO1*4'));
    const [ic] = parseInterchanges(cut);
    expect(ic?.status).toBe('rejected');
    // ISA 1, GS 2, ST..N4 3..14, then three PO1/PID/PO4 lines 15..23.
    expect(ic?.problems).toEqual([{ code: 'iea_missing', message: 'interchange 000003438 has no IEA after segment 23 (PO4): the file ends first; it may be truncated', segment: 23 }]);
    const g = ic!.groups[0]!;
    expect(g.problems.map((p) => p.code)).toEqual(['ge_missing', 'interchange_rejected']);
    expect(g.sets[0]?.problems.map((p) => p.code)).toEqual(['se_missing', 'interchange_rejected']);
    expect(g.sets[0]?.raw).toBe(cut.slice(cut.indexOf('ST*850')));
  });

  it('rejects an interchange cut short by the next ISA, and still reads the next one', () => {
    const first = fixtureText('855-stupidedi-toyota-2.edi');
    const text = first.slice(0, first.indexOf('IEA')) + fixtureText('856-nodex12-1.edi');
    const ics = parseInterchanges(text);
    expect(ics.map((ic) => ic.status)).toEqual(['rejected', 'accepted']);
    expect(ics[0]?.problems[0]?.message).toBe('interchange 000002419 has no IEA after segment 10 (GE): another ISA begins first'); // ISA, GS, ST..SE 3..9, GE 10
  });

  it('rejects an interchange whose IEA01 miscounts its groups', () => {
    const [ic] = parseInterchanges(interchange([...group([po850('0001', 'PO-1')]), 'IEA*2*000000007']));
    expect(ic?.problems).toEqual([{ code: 'iea_count', message: 'IEA01 says 2 functional groups but interchange 000000007 has 1', segment: 8 }]);
    expect(ic?.groups[0]?.sets[0]?.status).toBe('rejected');
  });
});
