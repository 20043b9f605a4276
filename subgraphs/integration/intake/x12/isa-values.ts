/**
 * Checks the values of the ISA's own elements, which the envelope's structure checks
 * (envelope.ts) take on trust. A bad value rejects the whole interchange, as a translator rejects
 * an ISA it cannot vouch for, and the TA1 names it (ta1.ts). Each check keeps to what X12 itself
 * rules out in every release from 004010 on, so a value the standard allows anywhere in that
 * range passes: ISA01 takes all of I01 (00 to 06), not only the 00 and 03 that HIPAA guides
 * allow; ISA15 takes I (information) beside P and T; ids may be shorter than their fixed width,
 * since the tokenizer reads unpadded ISAs.
 */
import type { Segment } from './tokenizer.ts';
import type { X12Delimiters, X12Problem } from './types.ts';

/** ISA12 from which we read interchanges: the 004010 family (00400, 00401) and every later one. */
const OLDEST_VERSION_READ = '00400';
/** ISA12 from which ISA11 is the repetition separator; before it, the standards identifier U. */
export const FIRST_VERSION_WITH_REPETITION = '00402';

const AUTHORIZATION_QUALIFIERS = ['00', '01', '02', '03', '04', '05', '06']; // X12 I01
const SECURITY_QUALIFIERS = ['00', '01']; // X12 I03
/** X12 I05 over all releases from 004010 to the latest: 05 and 06 were never codes. */
const ID_QUALIFIERS = new Set([
  '01', '02', '03', '04', ...Array.from({ length: 32 }, (_, i) => String(i + 7).padStart(2, '0')), // 07 to 38
  'AM', 'NR', 'SA', 'SN', 'ZZ',
]);

/** Whether an ISA05/ISA07 qualifier is an X12 I05 code (ours echo the partner's only when it is). */
export const isIdQualifier = (qualifier: string): boolean => ID_QUALIFIERS.has(qualifier);

/** Any year 1901-2099 with YY % 4 = 0 is a leap year, so 20YY decides 29 February rightly for either century. */
function isRealDate(yymmdd: string): boolean {
  if (!/^\d{6}$/.test(yymmdd)) return false;
  const [yy, mm, dd] = [0, 2, 4].map((at) => Number(yymmdd.slice(at, at + 2))) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(2000 + yy, mm, 0)).getUTCDate();
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= daysInMonth;
}

interface ElementCheck {
  element: number;
  name: string;
  code: string;
  expected: string;
  valid: (value: string) => boolean;
}

const oneOf = (codes: readonly string[]) => (value: string) => codes.includes(value);
const upTo = (max: number) => (value: string) => value.length <= max;
const present = (max: number) => (value: string) => value.length > 0 && value.length <= max;
const fiveDigits = (value: string) => /^\d{5}$/.test(value);

/** An ISA12 this lane reads: five digits, 00400 or later. */
export const isReadableVersion = (version: string): boolean => fiveDigits(version) && version >= OLDEST_VERSION_READ;
/** ISA15: production, test, information. */
export const USAGE_INDICATORS = ['P', 'T', 'I'];

/** In ISA order; ta1.ts decides which one the TA1 reports when several fail. */
const CHECKS: ElementCheck[] = [
  { element: 1, name: 'authorization information qualifier', code: 'isa_authorization_qualifier', expected: 'a code from X12 I01 (00 to 06)', valid: oneOf(AUTHORIZATION_QUALIFIERS) },
  { element: 2, name: 'authorization information', code: 'isa_authorization', expected: 'at most 10 characters', valid: upTo(10) },
  { element: 3, name: 'security information qualifier', code: 'isa_security_qualifier', expected: '00 or 01', valid: oneOf(SECURITY_QUALIFIERS) },
  { element: 4, name: 'security information', code: 'isa_security', expected: 'at most 10 characters', valid: upTo(10) },
  { element: 5, name: 'sender ID qualifier', code: 'isa_sender_qualifier', expected: 'a code from X12 I05 such as 01, 12, 14 or ZZ', valid: (v) => ID_QUALIFIERS.has(v) },
  { element: 6, name: 'interchange sender ID', code: 'isa_sender', expected: '1 to 15 characters', valid: present(15) },
  { element: 7, name: 'receiver ID qualifier', code: 'isa_receiver_qualifier', expected: 'a code from X12 I05 such as 01, 12, 14 or ZZ', valid: (v) => ID_QUALIFIERS.has(v) },
  { element: 8, name: 'interchange receiver ID', code: 'isa_receiver', expected: '1 to 15 characters', valid: present(15) },
  { element: 9, name: 'interchange date', code: 'isa_date', expected: 'a date YYMMDD', valid: isRealDate },
  { element: 10, name: 'interchange time', code: 'isa_time', expected: 'a time HHMM', valid: (v) => /^([01]\d|2[0-3])[0-5]\d$/.test(v) },
  { element: 12, name: 'interchange control version', code: 'isa_version', expected: 'five digits such as 00401', valid: fiveDigits },
  // A well-formed version we do not read is "not supported" (TA1 003), not "invalid" (017).
  { element: 12, name: 'interchange control version', code: 'isa_version_unsupported', expected: `${OLDEST_VERSION_READ} or later`, valid: (v) => !fiveDigits(v) || v >= OLDEST_VERSION_READ },
  { element: 13, name: 'interchange control number', code: 'isa_control_number', expected: 'nine digits', valid: (v) => /^\d{9}$/.test(v) },
  { element: 14, name: 'acknowledgment requested', code: 'isa_ack_requested', expected: '0 or 1', valid: oneOf(['0', '1']) },
  { element: 15, name: 'usage indicator', code: 'isa_usage', expected: 'P (production), T (test) or I (information)', valid: oneOf(USAGE_INDICATORS) },
];

/** The first of the ISA's other delimiters that `value` would be mistaken for, as the expected text, or null. */
function sameAsAnother(value: string, others: [name: string, delimiter: string][]): string | null {
  const taken = others.find(([, delimiter]) => delimiter.includes(value));
  return taken ? `a character other than the ${taken[0]} ${JSON.stringify(taken[1])}` : null;
}

/**
 * The tokenizer already refuses an element separator or segment terminator it cannot use (the
 * ISA is then unreadable and has no sender to answer); ISA16 it reads as sent, so it is checked here.
 */
function componentSeparatorExpected(d: X12Delimiters): string | null {
  if (/[A-Za-z0-9]/.test(d.component)) return 'a character that is not a letter or digit';
  return sameAsAnother(d.component, [['element separator', d.element], ['segment terminator', d.segment]]);
}

/**
 * What an ISA11 sent as the repetition separator (ISA12 00402 on) must be instead, or null when it
 * can be used: one character that X12 (I65) keeps apart from the other three delimiters. A space is
 * refused beside letters and digits because data elements hold spaces, so a blank ISA11 is wrong
 * too. The element separator needs no test: an ISA11 sent as one splits the ISA into one element
 * more, and the tokenizer cannot read it. The tokenizer keeps only a usable one, so our replies
 * never write an unusable one back.
 */
export function repetitionSeparatorExpected(isa11: string, d: Pick<X12Delimiters, 'component' | 'segment'>): string | null {
  if (isa11.length !== 1) return 'one character';
  if (/[A-Za-z0-9\s]/.test(isa11)) return 'a character that is not a letter, digit or space';
  return sameAsAnother(isa11, [['component element separator', d.component], ['segment terminator', d.segment]]);
}

const sent = (value: string) => (value === '' ? 'empty' : JSON.stringify(value));
const isaName = (element: number) => `ISA${String(element).padStart(2, '0')}`;

/**
 * ISA11 means what ISA12 says it means, so it is checked only under a version we read; under any
 * other the version's own problem is the one to report, not a second one that follows from it.
 */
function isa11Expected(isa: Segment, d: X12Delimiters): { name: string; code: string; value: string; expected: string } | null {
  const version = (isa.el[12] ?? '').trim();
  if (!isReadableVersion(version)) return null;
  if (version < FIRST_VERSION_WITH_REPETITION) {
    const value = (isa.el[11] ?? '').trim();
    const expected = `U (X12 I10, its only code) under version ${version}`;
    return value === 'U' ? null : { name: 'interchange control standards identifier', code: 'isa_standards_id', value, expected };
  }
  const value = isa.el[11] ?? '';
  const expected = repetitionSeparatorExpected(value, d);
  return expected === null ? null : { name: 'repetition separator', code: 'isa_repetition_separator', value, expected };
}

/** Every ISA element whose value X12 does not allow, in ISA order, each naming what was sent and what was expected. */
export function isaValueProblems(isa: Segment, delimiters: X12Delimiters): X12Problem[] {
  const found: [element: number, problem: X12Problem][] = [];
  const report = (element: number, name: string, code: string, value: string, expected: string) =>
    found.push([element, { code, message: `${isaName(element)} (${name}) is ${sent(value)}; expected ${expected}`, segment: isa.position }]);
  for (const { element, name, code, expected, valid } of CHECKS) {
    const value = (isa.el[element] ?? '').trim();
    if (!valid(value)) report(element, name, code, value, expected);
  }
  const isa11 = isa11Expected(isa, delimiters);
  if (isa11) report(11, isa11.name, isa11.code, isa11.value, isa11.expected);
  const separatorExpected = componentSeparatorExpected(delimiters);
  if (separatorExpected) report(16, 'component element separator', 'isa_component_separator', delimiters.component, separatorExpected);
  // A stable sort: the two ISA12 checks keep their table order.
  return found.sort(([a], [b]) => a - b).map(([, problem]) => problem);
}
