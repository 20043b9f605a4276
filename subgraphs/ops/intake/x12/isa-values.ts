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
  { element: 15, name: 'usage indicator', code: 'isa_usage', expected: 'P (production), T (test) or I (information)', valid: oneOf(['P', 'T', 'I']) },
];

/**
 * The tokenizer already refuses an element separator or segment terminator it cannot use (the
 * ISA is then unreadable and has no sender to answer); ISA16 it reads as sent, so it is checked here.
 */
function componentSeparatorExpected(d: X12Delimiters): string | null {
  if (/[A-Za-z0-9]/.test(d.component)) return 'a character that is not a letter or digit';
  if (d.component === d.element) return `a character other than the element separator ${JSON.stringify(d.element)}`;
  if (d.segment.includes(d.component)) return `a character other than the segment terminator ${JSON.stringify(d.segment)}`;
  return null;
}

const sent = (value: string) => (value === '' ? 'empty' : JSON.stringify(value));
const isaName = (element: number) => `ISA${String(element).padStart(2, '0')}`;

/** Every ISA element whose value X12 does not allow, in ISA order, each naming what was sent and what was expected. */
export function isaValueProblems(isa: Segment, delimiters: X12Delimiters): X12Problem[] {
  const problems: X12Problem[] = [];
  for (const { element, name, code, expected, valid } of CHECKS) {
    const value = (isa.el[element] ?? '').trim();
    if (!valid(value)) problems.push({ code, message: `${isaName(element)} (${name}) is ${sent(value)}; expected ${expected}`, segment: isa.position });
  }
  const separatorExpected = componentSeparatorExpected(delimiters);
  if (separatorExpected) {
    problems.push({ code: 'isa_component_separator', message: `ISA16 (component element separator) is ${sent(delimiters.component)}; expected ${separatorExpected}`, segment: isa.position });
  }
  return problems;
}
