import { describe, expect, it } from 'vitest';
import { interchangeAcknowledgment, interchangeAcknowledgmentOwed, parseInterchanges } from '../../subgraphs/integration/intake/x12/index.ts';
import { interchange, po850, type EnvelopeOptions } from './x12-fixtures.ts';

/** One good 850 in group 7 of interchange 000000007 (ISA09 240301, ISA10 0930), closed by the given IEA; written with '*' here. */
function received(iea: string, options: EnvelopeOptions = {}, beforeIea: string[] = []) {
  const segments = ['GS*PO*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', ...po850('0001', 'PO-1'), 'GE*1*7', ...beforeIea, iea];
  const [ic, ...more] = parseInterchanges(interchange(segments.map((s) => s.replaceAll('*', options.element ?? '*')), options));
  expect(more).toEqual([]);
  return ic!;
}

const reply = { controlNumber: 43, at: new Date('2024-03-02T08:05:00Z') };
/** The ISA we address back to PARTNER under our control number 43, in the default '*' and '>'. */
const OUR_ISA = 'ISA*00*          *00*          *ZZ*OPSGRAPH       *ZZ*PARTNER        *240302*0805*U*00401*000000043*0*P*>~';

describe('TA1 interchange acknowledgment', () => {
  it('accepts a clean envelope when ISA14 asks for a TA1: A, 000, alone in an interchange of ours with no group', () => {
    // The partner writes '|' elements and '^' components: the TA1 answers in them.
    const ic = received('IEA*1*000000007', { ackRequested: '1', element: '|', component: '^' });
    expect(ic.status).toBe('accepted');
    expect(interchangeAcknowledgmentOwed(ic)).toBe(true);
    const ta1 = interchangeAcknowledgment(ic, reply);
    expect(ta1).toBe(
      [
        'ISA|00|          |00|          |ZZ|OPSGRAPH       |ZZ|PARTNER        |240302|0805|U|00401|000000043|0|P|^~',
        'TA1|000000007|240301|0930|A|000~', // their ISA13, ISA09, ISA10; accepted, no error
        'IEA|0|000000043~', // no functional group in it
      ].join(''),
    );
    expect(ta1.indexOf('~')).toBe(105);
  });

  it('rejects with 001 an interchange whose IEA02 does not match its ISA13, though ISA14 did not ask', () => {
    const ic = received('IEA*1*000000008');
    expect(ic.status).toBe('rejected');
    expect(ic.problems.map((p) => p.code)).toEqual(['iea_control']);
    expect(interchangeAcknowledgmentOwed(ic)).toBe(true);
    // TA101 carries the header's control number, as X12 says for 001.
    expect(interchangeAcknowledgment(ic, reply)).toBe(`${OUR_ISA}TA1*000000007*240301*0930*R*001~IEA*0*000000043~`);
  });

  it('sends no TA1 for a clean envelope when ISA14 is 0', () => {
    const ic = received('IEA*1*000000007', { ackRequested: '0' });
    expect(ic.status).toBe('accepted');
    expect(interchangeAcknowledgmentOwed(ic)).toBe(false);
  });

  it('maps each envelope problem to its TA105 note code, the trailer\'s before a stray segment\'s', () => {
    const note = (ic: ReturnType<typeof received>) => interchangeAcknowledgment(ic, reply).split('~')[1];
    expect(note(received('IEA*2*000000007'))).toBe('TA1*000000007*240301*0930*R*021'); // iea_count: invalid number of included groups
    expect(note(received('PO1*1*10*EA*2.50**VN*W-100'))).toBe('TA1*000000007*240301*0930*R*023'); // iea_missing: premature end of file
    expect(note(received('IEA*1*000000007', {}, ['REF*ZZ*STRAY']))).toBe('TA1*000000007*240301*0930*R*024'); // segment_outside_group: invalid content
    const both = received('IEA*1*000000009', {}, ['REF*ZZ*STRAY']);
    expect(both.problems.map((p) => p.code)).toEqual(['segment_outside_group', 'iea_control']);
    expect(note(both)).toBe('TA1*000000007*240301*0930*R*001');
  });

  it('accepts the envelope of an interchange whose group is rejected: the 997 reports groups, not the TA1', () => {
    const ic = received('IEA*1*000000007', { ackRequested: '1' }).raw.replace('GE*1*7', 'GE*1*8');
    const [parsed] = parseInterchanges(ic);
    expect(parsed!.groups[0]!.status).toBe('rejected');
    expect(interchangeAcknowledgment(parsed!, reply)).toBe(`${OUR_ISA}TA1*000000007*240301*0930*A*000~IEA*0*000000043~`);
  });

  it('owes no TA1 to an interchange whose ISA cannot be read: there is no sender to address it to', () => {
    const [ic] = parseInterchanges('ISA*00*short~GS*PO~');
    expect(ic!.header).toBeNull();
    expect(interchangeAcknowledgmentOwed(ic!)).toBe(false);
    expect(() => interchangeAcknowledgment(ic!, reply)).toThrow(/no sender to address the TA1 to/);
  });
});
