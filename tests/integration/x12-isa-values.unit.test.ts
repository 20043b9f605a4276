import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interchangeAcknowledgment, parseInterchanges } from '../../subgraphs/integration/intake/x12/index.ts';
import { fixture, isa, po850, type EnvelopeOptions } from './x12-fixtures.ts';

/**
 * The one-850 interchange 000000007 of x12-fixtures (ISA09 240301, ISA10 0930, '*' and '>'),
 * its ISA elements replaced as given (key: the element's number), closed by `iea`.
 */
function received(elements: Record<number, string>, options: EnvelopeOptions = {}, iea = 'IEA*1*000000007') {
  const fields = isa(options).split('*');
  for (const [n, value] of Object.entries(elements)) fields[Number(n)] = value;
  const segments = [fields.join('*'), 'GS*PO*PARTNER*OPSGRAPH*20240301*0930*7*X*004010', ...po850('0001', 'PO-1'), 'GE*1*7', iea];
  const [ic, ...more] = parseInterchanges(segments.map((s) => s + '~\n').join(''));
  expect(more).toEqual([]);
  return ic!;
}

/** The TA1 segment we answer with, under our control number 43. */
const ta1Of = (ic: ReturnType<typeof received>) => interchangeAcknowledgment(ic, { controlNumber: 43, at: new Date('2024-03-02T08:05:00Z') }).match(/TA1\*[^~]*/)?.[0];

interface BadElement {
  elements?: Record<number, string>;
  options?: EnvelopeOptions;
  code: string;
  message: string;
  ta1: string;
}

const BAD_ELEMENTS: [check: string, BadElement][] = [
  ['ISA01 outside I01', { elements: { 1: '99' }, code: 'isa_authorization_qualifier', message: 'ISA01 (authorization information qualifier) is "99"; expected a code from X12 I01 (00 to 06)', ta1: 'TA1*000000007*240301*0930*R*010' }],
  ['ISA02 longer than 10', { elements: { 2: 'ABCDEFGHIJK' }, code: 'isa_authorization', message: 'ISA02 (authorization information) is "ABCDEFGHIJK"; expected at most 10 characters', ta1: 'TA1*000000007*240301*0930*R*011' }],
  ['ISA03 outside I03', { elements: { 3: '02' }, code: 'isa_security_qualifier', message: 'ISA03 (security information qualifier) is "02"; expected 00 or 01', ta1: 'TA1*000000007*240301*0930*R*012' }],
  ['ISA04 longer than 10', { elements: { 4: 'SECRET-WORD' }, code: 'isa_security', message: 'ISA04 (security information) is "SECRET-WORD"; expected at most 10 characters', ta1: 'TA1*000000007*240301*0930*R*013' }],
  ['ISA05 outside I05', { elements: { 5: '05' }, code: 'isa_sender_qualifier', message: 'ISA05 (sender ID qualifier) is "05"; expected a code from X12 I05 such as 01, 12, 14 or ZZ', ta1: 'TA1*000000007*240301*0930*R*005' }],
  ['ISA06 blank', { elements: { 6: ' '.repeat(15) }, code: 'isa_sender', message: 'ISA06 (interchange sender ID) is empty; expected 1 to 15 characters', ta1: 'TA1*000000007*240301*0930*R*006' }],
  ['ISA07 outside I05', { elements: { 7: 'XX' }, code: 'isa_receiver_qualifier', message: 'ISA07 (receiver ID qualifier) is "XX"; expected a code from X12 I05 such as 01, 12, 14 or ZZ', ta1: 'TA1*000000007*240301*0930*R*007' }],
  ['ISA08 longer than 15', { elements: { 8: 'OPSGRAPH-RECEIVER' }, code: 'isa_receiver', message: 'ISA08 (interchange receiver ID) is "OPSGRAPH-RECEIVER"; expected 1 to 15 characters', ta1: 'TA1*000000007*240301*0930*R*008' }],
  ['ISA09 month 13', { elements: { 9: '241399' }, code: 'isa_date', message: 'ISA09 (interchange date) is "241399"; expected a date YYMMDD', ta1: 'TA1*000000007*241399*0930*R*014' }],
  ['ISA10 minute 60', { elements: { 10: '0960' }, code: 'isa_time', message: 'ISA10 (interchange time) is "0960"; expected a time HHMM', ta1: 'TA1*000000007*240301*0960*R*015' }],
  ['ISA11 not U before 00402', { elements: { 11: 'X' }, code: 'isa_standards_id', message: 'ISA11 (interchange control standards identifier) is "X"; expected U (X12 I10, its only code) under version 00401', ta1: 'TA1*000000007*240301*0930*R*016' }],
  ['ISA11 blank before 00402', { elements: { 11: ' ' }, code: 'isa_standards_id', message: 'ISA11 (interchange control standards identifier) is empty; expected U (X12 I10, its only code) under version 00401', ta1: 'TA1*000000007*240301*0930*R*016' }],
  // From 00402 on ISA11 is a delimiter; 005010's I18 has no code for it, and X12 (RFI 1497) points to 022.
  ['ISA11 still U from 00402 on', { elements: { 11: 'U', 12: '00501' }, code: 'isa_repetition_separator', message: 'ISA11 (repetition separator) is "U"; expected a character that is not a letter, digit or space', ta1: 'TA1*000000007*240301*0930*R*022' }],
  ['ISA11 blank from 00402 on', { elements: { 11: ' ', 12: '00402' }, code: 'isa_repetition_separator', message: 'ISA11 (repetition separator) is " "; expected a character that is not a letter, digit or space', ta1: 'TA1*000000007*240301*0930*R*022' }],
  ['ISA11 two characters from 00402 on', { elements: { 11: '^^', 12: '00501' }, code: 'isa_repetition_separator', message: 'ISA11 (repetition separator) is "^^"; expected one character', ta1: 'TA1*000000007*240301*0930*R*022' }],
  ['ISA11 the component separator from 00402 on', { elements: { 11: '>', 12: '00501' }, code: 'isa_repetition_separator', message: 'ISA11 (repetition separator) is ">"; expected a character other than the component element separator ">"', ta1: 'TA1*000000007*240301*0930*R*022' }],
  ['ISA12 not five digits', { elements: { 12: '4010' }, code: 'isa_version', message: 'ISA12 (interchange control version) is "4010"; expected five digits such as 00401', ta1: 'TA1*000000007*240301*0930*R*017' }],
  ['ISA12 before 00400', { elements: { 12: '00305' }, code: 'isa_version_unsupported', message: 'ISA12 (interchange control version) is "00305"; expected 00400 or later', ta1: 'TA1*000000007*240301*0930*R*003' }],
  // IEA02 000000007 still matches 00000007 as a number, so only the ISA13 check fails; TA101 pads it to nine.
  ['ISA13 eight digits', { elements: { 13: '00000007' }, code: 'isa_control_number', message: 'ISA13 (interchange control number) is "00000007"; expected nine digits', ta1: 'TA1*000000007*240301*0930*R*018' }],
  ['ISA14 neither 0 nor 1', { elements: { 14: '2' }, code: 'isa_ack_requested', message: 'ISA14 (acknowledgment requested) is "2"; expected 0 or 1', ta1: 'TA1*000000007*240301*0930*R*019' }],
  ['ISA15 neither P, T nor I', { elements: { 15: 'X' }, code: 'isa_usage', message: 'ISA15 (usage indicator) is "X"; expected P (production), T (test) or I (information)', ta1: 'TA1*000000007*240301*0930*R*020' }],
  ['ISA16 a letter', { options: { component: 'A' }, code: 'isa_component_separator', message: 'ISA16 (component element separator) is "A"; expected a character that is not a letter or digit', ta1: 'TA1*000000007*240301*0930*R*027' }],
  ['ISA16 the element separator', { options: { component: '*' }, code: 'isa_component_separator', message: 'ISA16 (component element separator) is "*"; expected a character other than the element separator "*"', ta1: 'TA1*000000007*240301*0930*R*027' }],
  ['ISA16 the segment terminator', { options: { component: '~' }, code: 'isa_component_separator', message: 'ISA16 (component element separator) is "~"; expected a character other than the segment terminator "~"', ta1: 'TA1*000000007*240301*0930*R*027' }],
];

describe('ISA element values', () => {
  it.each(BAD_ELEMENTS)('rejects the interchange when %s, naming it in the problem and the TA1', (_check, bad) => {
    const ic = received(bad.elements ?? {}, bad.options);
    expect(ic.status).toBe('rejected');
    expect(ic.problems).toEqual([{ code: bad.code, message: bad.message, segment: 1 }]);
    const why = `interchange ${bad.elements?.[13] ?? '000000007'} rejected: ${bad.message}`;
    const group = ic.groups[0]!;
    expect(group).toMatchObject({ status: 'rejected', problems: [{ code: 'interchange_rejected', message: why }] });
    expect(group.sets[0]).toMatchObject({ status: 'rejected', event: null, problems: [{ code: 'interchange_rejected', message: why }] });
    expect(ta1Of(ic)).toBe(bad.ta1);
  });

  it('reads ISA09 as a calendar date: 29 February only in a leap year, no 31 November', () => {
    expect(received({ 9: '240229' }).problems).toEqual([]);
    expect(received({ 9: '000229' }).problems).toEqual([]); // 2000 was a leap year
    expect(received({ 9: '230229' }).problems.map((p) => p.message)).toEqual(['ISA09 (interchange date) is "230229"; expected a date YYMMDD']);
    expect(received({ 9: '241131' }).problems.map((p) => p.message)).toEqual(['ISA09 (interchange date) is "241131"; expected a date YYMMDD']);
  });

  it('accepts every value X12 allows, not only the common ones: unpadded or full-width, I usage, a later version', () => {
    const ic = received({ 1: '01', 2: '0000000000', 3: '01', 4: 'TMMC      ', 5: '38', 6: 'P', 7: 'SN', 8: '207046228P     ', 9: '991231', 10: '2359', 11: '|', 12: '00801', 14: '1', 15: 'I' }, { component: '^' });
    expect(ic.problems).toEqual([]);
    expect(ic.status).toBe('accepted');
    expect(ta1Of(ic)).toBe('TA1*000000007*991231*2359*A*000');
  });

  it('reads ISA11 by the version: U under 00401, a usable separator such as ^ under 00501, kept for the reply', () => {
    const v4010 = received({ 11: 'U', 12: '00401' });
    expect([v4010.problems, v4010.status, v4010.header?.delimiters.repetition]).toEqual([[], 'accepted', null]);
    expect(ta1Of(v4010)).toBe('TA1*000000007*240301*0930*A*000');
    const v5010 = received({ 11: '^', 12: '00501' });
    expect([v5010.problems, v5010.status, v5010.header?.delimiters.repetition]).toEqual([[], 'accepted', '^']);
    expect(ta1Of(v5010)).toBe('TA1*000000007*240301*0930*A*000');
    // The same ^ under 00401 is a standards identifier other than U.
    expect(received({ 11: '^', 12: '00401' }).problems.map((p) => p.code)).toEqual(['isa_standards_id']);
  });

  it('checks ISA11 only under a version it can read, so a bad version is the one problem reported', () => {
    const notFive = received({ 11: 'X', 12: '4010' });
    expect(notFive.problems.map((p) => p.code)).toEqual(['isa_version']);
    expect(ta1Of(notFive)).toBe('TA1*000000007*240301*0930*R*017');
    const tooOld = received({ 11: '^', 12: '00305' });
    expect(tooOld.problems.map((p) => p.code)).toEqual(['isa_version_unsupported']);
    expect(ta1Of(tooOld)).toBe('TA1*000000007*240301*0930*R*003');
  });

  it('sends one TA105 when several elements are wrong: the delimiters, then the version, then the rest in ISA order, then the trailer', () => {
    // Four problems, all in the reason, in the order found: the ISA's in element order, then IEA02.
    const four = received({ 5: '05', 9: '241399', 15: 'X' }, {}, 'IEA*1*000000009');
    expect(four.problems.map((p) => p.code)).toEqual(['isa_sender_qualifier', 'isa_date', 'isa_usage', 'iea_control']);
    expect(four.groups[0]!.sets[0]!.problems[0]!.message).toBe(
      'interchange 000000007 rejected: ISA05 (sender ID qualifier) is "05"; expected a code from X12 I05 such as 01, 12, 14 or ZZ; ' +
        'ISA09 (interchange date) is "241399"; expected a date YYMMDD; ISA15 (usage indicator) is "X"; expected P (production), T (test) or I (information); ' +
        'IEA02 is 000000009 but ISA13 is 000000007',
    );
    expect(ta1Of(four)).toBe('TA1*000000007*241399*0930*R*005'); // ISA05 comes first in the ISA
    expect(ta1Of(received({ 9: '241399', 15: 'X' }, {}, 'IEA*1*000000009'))).toBe('TA1*000000007*241399*0930*R*014'); // the header's before the trailer's 001
    expect(ta1Of(received({ 1: '99', 12: '4010' }))).toBe('TA1*000000007*240301*0930*R*017'); // the version before ISA01
    expect(ta1Of(received({ 12: '4010' }, { component: 'A' }))).toBe('TA1*000000007*240301*0930*R*027'); // the delimiters before all
    // ISA11 before 00402 is a value read in ISA order: after ISA10, before ISA13.
    const standardsId = received({ 10: '0960', 11: 'X', 13: '00000007' });
    expect(standardsId.problems.map((p) => p.code)).toEqual(['isa_time', 'isa_standards_id', 'isa_control_number']);
    expect(ta1Of(standardsId)).toBe('TA1*000000007*240301*0960*R*015');
    expect(ta1Of(received({ 11: 'X', 13: '00000007' }))).toBe('TA1*000000007*240301*0930*R*016');
    // From 00402 on it is a delimiter: before ISA01, after ISA16.
    const repetition = received({ 1: '99', 11: 'U', 12: '00501' });
    expect(repetition.problems.map((p) => p.code)).toEqual(['isa_authorization_qualifier', 'isa_repetition_separator']);
    expect(ta1Of(repetition)).toBe('TA1*000000007*240301*0930*R*022');
    const bothSeparators = received({ 11: 'U', 12: '00501' }, { component: 'A' });
    expect(bothSeparators.problems.map((p) => p.code)).toEqual(['isa_repetition_separator', 'isa_component_separator']);
    expect(ta1Of(bothSeparators)).toBe('TA1*000000007*240301*0930*R*027');
  });

  it('never echoes a bad qualifier, version or usage into the ISA of our reply: ZZ, 00401 with ISA11 U, and P instead', () => {
    const ic = received({ 5: '05', 7: 'XX', 12: '4010', 15: 'X' });
    const reply = interchangeAcknowledgment(ic, { controlNumber: 43, at: new Date('2024-03-02T08:05:00Z') });
    expect(reply.split('~')[0]).toBe('ISA*00*          *00*          *ZZ*OPSGRAPH       *ZZ*PARTNER        *240302*0805*U*00401*000000043*0*P*>');
    // Nor a 00501 whose repetition separator cannot be used: there is no ISA11 of the partner's to write beside it.
    const noRepetition = interchangeAcknowledgment(received({ 11: 'U', 12: '00501' }), { controlNumber: 43, at: new Date('2024-03-02T08:05:00Z') });
    expect(noRepetition.split('~')[0]).toBe('ISA*00*          *00*          *ZZ*OPSGRAPH       *ZZ*PARTNER        *240302*0805*U*00401*000000043*0*P*>');
    // Good values are echoed as received.
    const good = received({ 5: '01', 7: '12', 12: '00801', 15: 'T' }, { isa11: '^' });
    expect(interchangeAcknowledgment(good, { controlNumber: 44, at: new Date('2024-03-02T08:05:00Z') }).split('~')[0]).toBe(
      'ISA*00*          *00*          *12*OPSGRAPH       *01*PARTNER        *240302*0805*^*00801*000000044*0*T*>',
    );
  });

  it('passes the ISA of every public sample in tests/fixtures/edi', () => {
    const samples = readdirSync(new URL('../fixtures/edi/', import.meta.url)).filter((name) => name.endsWith('.edi')).sort();
    expect(samples).toEqual(['810-stupidedi-pipe-3.edi', '850-nodex12-1.edi', '850-nodex12-petco-2.edi', '855-nodex12-1.edi', '855-stupidedi-toyota-2.edi', '856-nodex12-1.edi']);
    for (const name of samples) {
      const [ic] = parseInterchanges(fixture(name));
      expect([name, ic?.problems, ic?.status]).toEqual([name, [], 'accepted']);
    }
  });
});
