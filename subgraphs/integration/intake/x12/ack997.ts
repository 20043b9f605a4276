/**
 * The 997 functional acknowledgment for one received group, in a whole interchange addressed
 * back to the sender (sender and receiver swapped) and written with the delimiters the partner
 * used, so their translator reads it as it reads its own files. Each set gets an AK2 loop: AK2,
 * then one AK3 (segment id, its position in the set with ST as 1, the AK304 code) per segment in
 * error, in the set's order, each followed by one AK4 (element position, the AK403 code, the bad
 * value when one was sent) per element in error, then AK5 with the set-level reasons. AK303 (loop
 * id) and AK402 (element reference number) are left empty: opsgraph does not model the standard's
 * loops or data dictionary. Problems with no place in the set (envelope errors) get no AK3; the
 * AK5 still names them.
 */
import { replyInterchange, replyTimestamp } from './reply-interchange.ts';
import type { ParsedGroup, ParsedInterchange, ParsedSet, X12Delimiters, X12ElementNote, X12SegmentNote } from './types.ts';

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
  unit_mismatch: '5', // an 846 SDQ in another unit than the QTY it splits
  quantity_mismatch: '5', // an 846 SDQ split that does not add up to its QTY
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

/**
 * AK3 loops per set at most: enough for a partner to see which segments and elements are wrong and
 * the pattern, while a set with thousands of bad lines still gets a 997 of sane size. The first
 * ones in the set are kept; the set's problems in the intake queue list every one.
 */
const MAX_SEGMENT_NOTES = 20;
/** The 997 allows 99 AK4 per AK3. */
const MAX_ELEMENT_NOTES = 99;
/** AK404 is an AN 1/99 element. */
const MAX_BAD_VALUE = 99;

/** A bad value is copied back only when it cannot be misread: no separator of ours in it. */
function badValue(value: string | undefined, d: X12Delimiters): string[] {
  if (value === undefined || [d.component, d.repetition ?? '', d.segment].some((sep) => sep !== '' && value.includes(sep))) return [];
  return [value.slice(0, MAX_BAD_VALUE)];
}

/** One AK3 per segment in error, each followed by its AK4s, in the order the segments came. */
function segmentNotes(set: ParsedSet, d: X12Delimiters): string[][] {
  const loops = new Map<string, { segment: X12SegmentNote; elements: Map<number, X12ElementNote> }>();
  for (const { at } of set.problems) {
    if (!at) continue;
    const key = `${at.position} ${at.segmentId} ${at.error}`;
    const loop = loops.get(key) ?? { segment: at, elements: new Map<number, X12ElementNote>() };
    loops.set(key, loop);
    if (at.element && !loop.elements.has(at.element.position)) loop.elements.set(at.element.position, at.element);
  }
  return [...loops.values()]
    .sort((a, b) => a.segment.position - b.segment.position)
    .slice(0, MAX_SEGMENT_NOTES)
    .flatMap(({ segment, elements }) => [
      ['AK3', segment.segmentId, String(segment.position), '', segment.error],
      ...[...elements.values()]
        .sort((a, b) => a.position - b.position)
        .slice(0, MAX_ELEMENT_NOTES)
        .map((el) => ['AK4', String(el.position), '', el.error, ...badValue(el.value, d)]),
    ]);
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
    ...group.sets.flatMap((set) => [['AK2', set.setId, set.controlNumber], ...segmentNotes(set, head.delimiters), ak5(set)]),
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
