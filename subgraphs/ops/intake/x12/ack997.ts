/**
 * The 997 functional acknowledgment for one received group, in a whole interchange addressed
 * back to the sender (sender and receiver swapped) and written with the delimiters the partner
 * used, so their translator reads it as it reads its own files. Segment errors (AK3/AK4) are not
 * sent: each AK5 names the set-level reasons, and the rejected set's problems say the rest.
 */
import { replyInterchange, replyTimestamp } from './reply-interchange.ts';
import type { ParsedGroup, ParsedInterchange, ParsedSet } from './types.ts';

/** Our set problem codes -> AK5 syntax error codes (X12 element 718). */
const AK5_CODES: Record<string, string> = {
  set_unknown: '1', // transaction set not supported
  se_missing: '2', // trailer missing
  se_control: '3', // control number in header and trailer do not match
  se_count: '4', // number of included segments does not match actual count
  segment_missing: '5', // one or more segments in error
  segment_misplaced: '5',
  element_missing: '5',
  not_a_number: '5',
  bad_date: '5',
};

/** Our group problem codes -> AK9 syntax error codes (X12 element 716). */
const AK9_CODES: Record<string, string> = {
  ge_missing: '3', // functional group trailer missing
  ge_control: '4', // group control number in header and trailer do not agree
  ge_count: '5', // number of included transaction sets does not match actual count
};

const codesFor = (problems: { code: string }[], table: Record<string, string>): string[] =>
  [...new Set(problems.map((p) => table[p.code]).filter((c): c is string => c !== undefined))].slice(0, 5);

function ak5(set: ParsedSet): string[] {
  return set.status === 'accepted' ? ['AK5', 'A'] : ['AK5', 'R', ...codesFor(set.problems, AK5_CODES)];
}

export function functionalAcknowledgment(interchange: ParsedInterchange, group: ParsedGroup, options: { controlNumber: number; at: Date }): string {
  const head = interchange.header;
  if (!head) throw new Error('cannot acknowledge an interchange whose ISA could not be read: there is no sender to address the 997 to');
  const { yyyymmdd, hhmm } = replyTimestamp(options.at);
  const control = String(options.controlNumber);
  const accepted = group.sets.filter((s) => s.status === 'accepted').length;
  const ak9Status = group.status === 'accepted' ? 'A' : group.status === 'partially_accepted' ? 'P' : 'R';

  const body: string[][] = [
    ['ST', '997', '0001'],
    ['AK1', group.functionalId, group.controlNumber],
    ...group.sets.flatMap((set) => [['AK2', set.setId, set.controlNumber], ak5(set)]),
    ['AK9', ak9Status, String(group.sets.length), String(group.sets.length), String(accepted), ...codesFor(group.problems, AK9_CODES)],
  ];
  body.push(['SE', String(body.length + 1), '0001']);

  const segments = [
    ['GS', 'FA', group.receiverCode, group.senderCode, yyyymmdd, hhmm, control, 'X', group.version],
    ...body,
    ['GE', '1', control],
  ];
  return replyInterchange(head, options, segments, 1);
}
