import { describe, expect, it } from 'vitest';
import { functionalAcknowledgment, parseInterchanges } from '../../subgraphs/integration/intake/x12/index.ts';
import { fixture, interchange, po850 } from './x12-fixtures.ts';

describe('997 functional acknowledgment', () => {
  it('acknowledges one accepted and one rejected set, addressed back with the partner\'s delimiters', () => {
    // The partner writes '|' elements, '^' components and '~' + newline terminators.
    const received = interchange(
      [
        'GS|PO|PARTNER|OPSGRAPH|20240301|0930|7|X|004010',
        'ST|850|0001', 'BEG|00|SA|PO-1||20240301', 'PO1|1|10|EA|2.50||VN|W-100', 'SE|4|0001',
        'ST|850|0002', 'BEG|00|SA|PO-2||20240301', 'PO1|1|10|EA|2.50||VN|W-100', 'SE|5|0002',
        'GE|2|7',
        'IEA|1|000000007',
      ],
      { element: '|', component: '^' },
    );
    const [ic] = parseInterchanges(received);
    const group = ic!.groups[0]!;
    expect(group.status).toBe('partially_accepted');
    const ack = functionalAcknowledgment(ic!, group, { controlNumber: 42, at: new Date('2024-03-02T08:05:00Z') });
    expect(ack).toBe(
      [
        'ISA|00|          |00|          |ZZ|OPSGRAPH       |ZZ|PARTNER        |240302|0805|U|00401|000000042|0|P|^~',
        'GS|FA|OPSGRAPH|PARTNER|20240302|0805|42|X|004010~',
        'ST|997|0001~',
        'AK1|PO|7~',
        'AK2|850|0001~',
        'AK5|A~',
        'AK2|850|0002~',
        'AK5|R|4~', // 4: number of included segments does not match actual count
        'AK9|P|2|2|1~', // partially accepted: 2 included, 2 received, 1 accepted
        'SE|8|0001~', // ST, AK1, AK2, AK5, AK2, AK5, AK9, SE
        'GE|1|42~',
        'IEA|1|000000042~',
      ].join(''),
    );
    // The ISA we write is the fixed 106 characters, terminator included.
    expect(ack.indexOf('~')).toBe(105);
  });

  it('keeps the received repetition separator in ISA11 from version 00402 on', () => {
    const [ic] = parseInterchanges(fixture('856-nodex12-1.edi'));
    const ack = functionalAcknowledgment(ic!, ic!.groups[0]!, { controlNumber: 1, at: new Date('2024-01-05T23:59:00Z') });
    expect(ack.split('~')[0]).toBe('ISA*00*          *00*          *01*999999999      *12*4405197800     *240105*2359*-*00406*000000001*0*P*>');
    expect(ack).toContain('AK1*SH*49~AK2*856*0008~AK5*A~AK9*A*1*1*1~');
  });

  it('reports a group rejected for its trailer with the AK9 code, every set R', () => {
    const text = interchange(['GS*PO*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', 'ST*850*0001', 'BEG*00*SA*PO-1**20240301', 'PO1*1*10*EA*2.50**VN*W-100', 'SE*4*0001', 'GE*1*8', 'IEA*1*000000007']);
    const [ic] = parseInterchanges(text);
    const ack = functionalAcknowledgment(ic!, ic!.groups[0]!, { controlNumber: 9, at: new Date('2024-03-02T08:05:00Z') });
    expect(ack).toContain('AK1*PO*7~AK2*850*0001~AK5*R~AK9*R*1*1*0*4~'); // 4: group control numbers do not agree
  });

  describe('AK3/AK4 segment and element notes', () => {
    const GS = 'GS*PO*PARTNER*OPSGRAPH*20240301*0930*7*X*004010';
    const ack = (sets: string[][]) => {
      const [ic] = parseInterchanges(interchange([GS, ...sets.flat(), `GE*${sets.length}*7`, 'IEA*1*000000007']));
      return functionalAcknowledgment(ic!, ic!.groups[0]!, { controlNumber: 42, at: new Date('2024-03-02T08:05:00Z') });
    };
    /** The 997's transaction set, AK1 through SE: what these tests work out by hand. */
    const body = (text: string) => text.slice(text.indexOf('AK1*'), text.indexOf('GE*'));

    it('notes a missing quantity, a missing BEG and an invalid date inside each rejected set\'s AK2 loop, and counts them in SE01', () => {
      const text = ack([
        po850('0001', 'PO-1'),
        po850('0002', 'PO-2').with(2, 'PO1*1**EA*2.50**VN*W-100'),
        ['ST*850*0003', 'PO1*1*10*EA*2.50**VN*W-100', 'SE*3*0003'],
        po850('0004', 'PO-4').with(1, 'BEG*00*SA*PO-4**20240231'),
      ]);
      expect(text).toBe(
        [
          'ISA*00*          *00*          *ZZ*OPSGRAPH       *ZZ*PARTNER        *240302*0805*U*00401*000000042*0*P*>~',
          'GS*FA*OPSGRAPH*PARTNER*20240302*0805*42*X*004010~',
          'ST*997*0001~',
          'AK1*PO*7~',
          'AK2*850*0001~',
          'AK5*A~', // accepted: no notes
          'AK2*850*0002~',
          'AK3*PO1*3**8~', // PO1 is the set's 3rd segment (ST, BEG, PO1); 8: segment has data element errors
          'AK4*2**1~', // PO102 empty; 1: mandatory data element missing, nothing to copy back
          'AK5*R*5~',
          'AK2*850*0003~',
          'AK3*BEG*2**3~', // BEG belongs right after ST; 3: mandatory segment missing
          'AK5*R*5~',
          'AK2*850*0004~',
          'AK3*BEG*2**8~',
          'AK4*5**8*20240231~', // BEG05: 8: invalid date, February 31st copied back
          'AK5*R*5~',
          'AK9*P*4*4*1~',
          'SE*17*0001~', // ST, AK1, 2 (set 1), 4 (set 2), 3 (set 3), 4 (set 4), AK9, SE
          'GE*1*42~',
          'IEA*1*000000042~',
        ].join(''),
      );
    });

    it('puts all of a segment\'s bad elements under one AK3, segments in the set\'s order whatever order they were read in', () => {
      // The 850 reads PO1 lines before DTM*002, yet DTM (position 3) is noted before PO1 (position 4).
      const set = ['ST*850*0001', 'BEG*00*SA*PO-1**20240301', 'DTM*002*20241301', 'PO1*1*ten*EA*2.5x**VN*W-100', 'SE*5*0001'];
      expect(body(ack([set]))).toBe(
        [
          'AK1*PO*7~',
          'AK2*850*0001~',
          'AK3*DTM*3**8~',
          'AK4*2**8*20241301~', // month 13: invalid date
          'AK3*PO1*4**8~',
          'AK4*2**6*ten~', // 6: invalid character in data element
          'AK4*4**6*2.5x~',
          'AK5*R*5~',
          'AK9*R*1*1*0~',
          'SE*11*0001~', // ST, AK1, AK2, AK3, AK4, AK3, AK4, AK4, AK5, AK9, SE
        ].join(''),
      );
    });

    it('notes a segment out of sequence with AK304 7 and no AK4', () => {
      const set = ['ST*855*0001', 'BAK*00*AC*PO-1*20240301', 'ACK*IA*10*EA', 'PO1*1*10*EA*2.50**VN*W-100', 'SE*5*0001'];
      expect(body(ack([set]))).toBe('AK1*PO*7~AK2*855*0001~AK3*ACK*3**7~AK5*R*5~AK9*R*1*1*0~SE*7*0001~'); // ST, AK1, AK2, AK3, AK5, AK9, SE
    });

    it('copies a bad value back only when our separators cannot misread it, and at most 99 characters of it', () => {
      // '>' is this interchange's component separator: copied into AK404 it would read as a composite.
      const long = '9'.repeat(60) + 'x'.repeat(60);
      const set = po850('0001', 'PO-1').with(2, `PO1*1*1>0*EA*${long}**VN*W-100`);
      expect(body(ack([set]))).toContain(`AK3*PO1*3**8~AK4*2**6~AK4*4**6*${'9'.repeat(60)}${'x'.repeat(39)}~AK5*R*5~`);
    });

    it('sends at most 20 AK3 loops per set, the first in the set', () => {
      const lines = Array.from({ length: 21 }, (_, i) => `PO1*${i + 1}*x*EA*2.50**VN*W-100`); // positions 3..23
      const set = ['ST*850*0001', 'BEG*00*SA*PO-1**20240301', ...lines, 'SE*24*0001'];
      const text = body(ack([set]));
      expect(text.match(/AK3\*/g)).toHaveLength(20);
      expect(text).toContain('AK3*PO1*22**8~AK4*2**6*x~AK5*R*5~');
      expect(text).not.toContain('AK3*PO1*23*');
      expect(text).toContain('SE*46*0001~'); // ST, AK1, AK2, 20 x (AK3, AK4), AK5, AK9, SE
    });

    it('notes a loop\'s missing segment right after the LIN that opens it: an 856 item without SN1, a 180 line without QTY', () => {
      const shipNotice = [
        'ST*856*0001', 'BSN*00*SHIP-1*20240301*0930', 'HL*1**S', 'HL*2*1*O', 'PRF*PO-1',
        'HL*3*2*I', 'LIN**VN*W-100', // position 7: no SN1 follows
        'HL*4*2*I', 'LIN**VN*W-200', 'SN1**5*EA',
        'SE*11*0001',
      ];
      const returnAuthorization = ['ST*180*0002', 'BGN*00*RMA-1*20240301', 'LIN**VN*W-100', 'SE*4*0002']; // LIN at 3, no QTY
      expect(body(ack([shipNotice, returnAuthorization]))).toBe(
        [
          'AK1*PO*7~',
          'AK2*856*0001~',
          'AK3*SN1*8**3~', // 3: mandatory segment missing, where it belonged (after the LIN at 7)
          'AK5*R*5~',
          'AK2*180*0002~',
          'AK3*QTY*4**3~',
          'AK5*R*5~',
          'AK9*R*2*2*0~',
          'SE*10*0001~',
        ].join(''),
      );
      const [ic] = parseInterchanges(interchange([GS, ...shipNotice, 'GE*1*7', 'IEA*1*000000007']));
      expect(ic!.groups[0]!.sets[0]!.problems.map((p) => p.message)).toEqual([
        'item W-100 (LIN at segment 9) has no SN1 shipped quantity; every LIN in an 856 needs one',
      ]);
    });
  });
});
