/**
 * Reads one interchange's envelopes (ISA/IEA, GS/GE, ST/SE), checks their counts and control
 * numbers and the ISA's element values (isa-values.ts), and decides what is accepted. An interchange error rejects everything in it, a group
 * error that group's sets, a set error only that set; each rejected set says why in its own
 * problems, so the queue shows the reason next to the raw set.
 */
import type { InterchangeHeader, ParsedGroup, ParsedInterchange, ParsedSet, X12Problem } from './types.ts';
import type { RawInterchange, Segment } from './tokenizer.ts';
import { isaValueProblems } from './isa-values.ts';
import { isTakenSet, normalize, TAKEN_SET_IDS } from './normalizers.ts';
import { SetReader } from './set-reader.ts';

/** Control numbers agree when equal as sent or as integers (000000005 and 5). */
function sameControl(a: string, b: string): boolean {
  return a === b || (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(a) === Number(b));
}

const el = (seg: Segment | undefined, n: number): string => (seg?.el[n] ?? '').trim();
const problem = (code: string, message: string, seg?: Segment): X12Problem => (seg ? { code, message, segment: seg.position } : { code, message });
const where = (seg: Segment | undefined): string => (seg ? `segment ${seg.position} is ${seg.id}` : 'the interchange ends');

function header(isa: Segment, delimiters: InterchangeHeader['delimiters']): InterchangeHeader {
  return {
    senderQualifier: el(isa, 5),
    senderId: el(isa, 6),
    receiverQualifier: el(isa, 7),
    receiverId: el(isa, 8),
    date: el(isa, 9),
    time: el(isa, 10),
    controlNumber: el(isa, 13),
    version: el(isa, 12),
    usage: el(isa, 15),
    ackRequested: el(isa, 14),
    delimiters,
  };
}

interface SetDraft {
  parsed: ParsedSet;
  segments: Segment[];
}

function readSet(segs: Segment[], i: number, text: string): { draft: SetDraft; next: number } {
  const st = segs[i] as Segment;
  let k = i + 1;
  let se: Segment | undefined;
  while (k < segs.length) {
    const id = (segs[k] as Segment).id;
    if (id === 'SE') {
      se = segs[k++];
      break;
    }
    if (id === 'ST' || id === 'GE' || id === 'GS' || id === 'IEA') break;
    k++;
  }
  const segments = segs.slice(i, k);
  const setId = el(st, 1);
  const controlNumber = el(st, 2);
  const problems: X12Problem[] = [];
  if (!se) {
    problems.push(problem('se_missing', `transaction set ${setId} ${controlNumber} has no SE: ${where(segs[k])} before any SE`, st));
  } else {
    const declared = el(se, 1);
    if (declared !== String(segments.length)) problems.push(problem('se_count', `SE01 says ${declared || '(empty)'} segments but the set has ${segments.length} (ST..SE)`, se));
    if (!sameControl(el(se, 2), controlNumber)) problems.push(problem('se_control', `SE02 is ${el(se, 2) || '(empty)'} but ST02 is ${controlNumber}`, se));
  }
  if (!isTakenSet(setId)) problems.push(problem('set_unknown', `transaction set ${setId || '(empty ST01)'} is not one opsgraph takes (${TAKEN_SET_IDS.join(', ')})`, st));
  const last = segments[segments.length - 1] as Segment;
  const parsed: ParsedSet = { setId, controlNumber, segmentCount: segments.length, raw: text.slice(st.start, last.end), status: 'rejected', problems, event: null };
  return { draft: { parsed, segments }, next: k };
}

interface GroupDraft {
  parsed: ParsedGroup;
  drafts: SetDraft[];
}

function readGroup(segs: Segment[], i: number, text: string): { group: GroupDraft; next: number } {
  const gs = segs[i] as Segment;
  const drafts: SetDraft[] = [];
  const problems: X12Problem[] = [];
  let ge: Segment | undefined;
  let k = i + 1;
  while (k < segs.length) {
    const seg = segs[k] as Segment;
    if (seg.id === 'ST') {
      const { draft, next } = readSet(segs, k, text);
      drafts.push(draft);
      k = next;
      continue;
    }
    if (seg.id === 'GE') {
      ge = segs[k++];
      break;
    }
    if (seg.id === 'GS' || seg.id === 'IEA') break;
    problems.push(problem('segment_outside_set', `segment ${seg.position} (${seg.id}) is outside any transaction set (ST..SE)`, seg));
    k++;
  }
  const controlNumber = el(gs, 6);
  if (!ge) {
    problems.push(problem('ge_missing', `group ${controlNumber} has no GE: ${where(segs[k])} before any GE`, gs));
  } else {
    if (el(ge, 1) !== String(drafts.length)) problems.push(problem('ge_count', `GE01 says ${el(ge, 1) || '(empty)'} transaction sets but group ${controlNumber} has ${drafts.length}`, ge));
    if (!sameControl(el(ge, 2), controlNumber)) problems.push(problem('ge_control', `GE02 is ${el(ge, 2) || '(empty)'} but GS06 is ${controlNumber}`, ge));
  }
  const parsed: ParsedGroup = {
    functionalId: el(gs, 1),
    senderCode: el(gs, 2),
    receiverCode: el(gs, 3),
    date: el(gs, 4),
    time: el(gs, 5),
    controlNumber,
    version: el(gs, 8),
    status: 'rejected',
    problems,
    sets: drafts.map((d) => d.parsed),
  };
  return { group: { parsed, drafts }, next: k };
}

/** Everything in an envelope that failed is rejected, each part told why. */
function rejectAll(group: ParsedGroup, code: string, reason: string): void {
  group.status = 'rejected';
  for (const set of group.sets) {
    set.status = 'rejected';
    set.event = null;
    set.problems.push({ code, message: reason });
  }
}

function statusOf(accepted: number, total: number): ParsedGroup['status'] {
  return accepted === total ? 'accepted' : accepted === 0 ? 'rejected' : 'partially_accepted';
}

export function readInterchange(raw: RawInterchange, text: string): ParsedInterchange {
  const rawText = text.slice(raw.start, raw.end);
  if (!raw.delimiters || raw.problem) {
    return { header: null, raw: rawText, status: 'rejected', problems: raw.problem ? [raw.problem] : [], groups: [] };
  }
  const segs = raw.segments;
  const isa = segs[0] as Segment;
  const head = header(isa, raw.delimiters);
  const problems: X12Problem[] = isaValueProblems(isa, raw.delimiters);
  const groups: GroupDraft[] = [];
  let iea: Segment | undefined;
  for (let i = 1; i < segs.length; ) {
    const seg = segs[i] as Segment;
    if (seg.id === 'GS') {
      const { group, next } = readGroup(segs, i, text);
      groups.push(group);
      i = next;
    } else if (seg.id === 'IEA') {
      iea = seg;
      i++;
    } else {
      problems.push(problem('segment_outside_group', `segment ${seg.position} (${seg.id}) is outside any functional group (GS..GE)`, seg));
      i++;
    }
  }
  const ctl = head.controlNumber;
  if (!iea) {
    const last = segs[segs.length - 1] as Segment;
    const why = raw.end < text.length ? 'another ISA begins first' : 'the file ends first; it may be truncated';
    problems.push(problem('iea_missing', `interchange ${ctl} has no IEA after segment ${last.position} (${last.id}): ${why}`, last));
  } else {
    if (el(iea, 1) !== String(groups.length)) problems.push(problem('iea_count', `IEA01 says ${el(iea, 1) || '(empty)'} functional groups but interchange ${ctl} has ${groups.length}`, iea));
    if (!sameControl(el(iea, 2), ctl)) problems.push(problem('iea_control', `IEA02 is ${el(iea, 2) || '(empty)'} but ISA13 is ${ctl}`, iea));
  }
  const envelopeReason = problems.length > 0 ? `interchange ${ctl} rejected: ${problems.map((p) => p.message).join('; ')}` : null;
  for (const { parsed: group, drafts } of groups) {
    if (envelopeReason) {
      group.problems.push({ code: 'interchange_rejected', message: envelopeReason });
      rejectAll(group, 'interchange_rejected', envelopeReason);
    } else if (group.problems.length > 0) {
      rejectAll(group, 'group_rejected', `group ${group.controlNumber} rejected: ${group.problems.map((p) => p.message).join('; ')}`);
    } else {
      let accepted = 0;
      for (const { parsed: set, segments } of drafts) {
        if (set.problems.length === 0 && isTakenSet(set.setId)) {
          const reader = new SetReader(set.setId, set.controlNumber, segments, group.date, group.time, head.delimiters.component);
          set.event = normalize(set.setId, reader);
          set.problems.push(...reader.problems);
        }
        set.status = set.event ? 'accepted' : 'rejected';
        if (set.event) accepted++;
      }
      group.status = statusOf(accepted, drafts.length);
    }
  }
  const parsedGroups = groups.map((g) => g.parsed);
  const acceptedGroups = parsedGroups.filter((g) => g.status === 'accepted').length;
  const anyAccepted = parsedGroups.some((g) => g.status !== 'rejected');
  const status = envelopeReason ? 'rejected' : acceptedGroups === parsedGroups.length ? 'accepted' : anyAccepted ? 'partially_accepted' : 'rejected';
  return { header: head, raw: rawText, status, problems, groups: parsedGroups };
}
