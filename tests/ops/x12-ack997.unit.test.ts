import { describe, expect, it } from 'vitest';
import { functionalAcknowledgment, parseInterchanges } from '../../subgraphs/ops/intake/x12/index.ts';
import { fixture, interchange } from './x12-fixtures.ts';

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
});
