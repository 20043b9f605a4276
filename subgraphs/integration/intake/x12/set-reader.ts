/**
 * What every normalizer needs to read one transaction set: element access by X12 position,
 * numbers, money, dates and instants checked as they are read, and the problems found on the way,
 * worded for a partner manager (segment, element, expected, actual) and located for the partner's
 * translator (the 997's AK3/AK4: segment position in the set, element position, X12 error code).
 */
import type { X12Problem, X12SegmentNote } from './types.ts';
import type { Segment } from './tokenizer.ts';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** X12 segment syntax error codes (element 720, the 997's AK304). */
const SEGMENT_MISSING = '3'; // mandatory segment missing
const HAS_ELEMENT_ERRORS = '8'; // segment has data element errors
/** Our codes for a whole segment in error; any other problem with a segment is its elements'. */
const SEGMENT_ERRORS: Record<string, string> = {
  segment_missing: SEGMENT_MISSING,
  segment_misplaced: '7', // segment not in proper sequence
};

/** X12 data element syntax error codes (element 723, AK403). An element reported empty is always one the set must carry. */
const ELEMENT_MISSING = '1'; // mandatory data element missing
/** Our codes for an element sent but wrong. */
const ELEMENT_ERRORS: Record<string, string> = {
  not_a_number: '6', // invalid character in data element
  bad_date: '8', // invalid date
};

/**
 * Each taken set's beginning segment, which X12 puts right after ST: a missing one is noted at
 * position 2. Any other missing segment is noted at SE's position, since where it belonged
 * depends on loops this reader does not model.
 */
const BEGINNING_SEGMENTS = new Set(['BEG', 'BAK', 'BSN', 'BIG', 'BIA', 'W05', 'W06', 'BGN']);

export class SetReader {
  readonly problems: X12Problem[] = [];

  constructor(
    readonly setId: string,
    readonly controlNumber: string,
    /** ST..SE (or ST..the last segment before the envelope broke off). */
    readonly segments: Segment[],
    /** GS04/GS05, the fallback for when the document does not date itself. */
    readonly groupDate: string,
    readonly groupTime: string,
    readonly component: string,
  ) {}

  /** A problem in seg, or in its element n when one element is to blame; without seg, the set's as a whole. */
  problem(code: string, message: string, seg?: Segment, n?: number): void {
    this.problems.push(seg ? { code, message, segment: seg.position, at: this.note(code, seg, n) } : { code, message });
  }

  private note(code: string, seg: Segment, n: number | undefined): X12SegmentNote {
    const at = { segmentId: seg.id, position: this.positionInSet(seg) };
    if (n === undefined) return { ...at, error: SEGMENT_ERRORS[code] ?? HAS_ELEMENT_ERRORS };
    const value = this.text(seg, n).trim();
    const error = value === '' ? ELEMENT_MISSING : ELEMENT_ERRORS[code];
    if (error === undefined) return { ...at, error: HAS_ELEMENT_ERRORS };
    return { ...at, error: HAS_ELEMENT_ERRORS, element: value === '' ? { position: n, error } : { position: n, error, value } };
  }

  /** ST is 1; segment positions are counted from the interchange's ISA. */
  private positionInSet(seg: Segment): number {
    return seg.position - (this.segments[0]?.position ?? 1) + 1;
  }

  first(id: string): Segment | undefined {
    return this.segments.find((s) => s.id === id);
  }

  /** The first segment with id whose element n equals value (DTM*011, REF*BM, N1*WH...). */
  qualified(id: string, value: string, n = 1): Segment | undefined {
    return this.segments.find((s) => s.id === id && s.el[n] === value);
  }

  /** A segment the set cannot mean anything without; its absence rejects the set. */
  required(id: string, what: string): Segment | undefined {
    const seg = this.first(id);
    if (!seg) {
      const message = `transaction set ${this.setId} ${this.controlNumber} has no ${id} segment (${what}); ${id} is mandatory`;
      this.missing(id, BEGINNING_SEGMENTS.has(id) ? 2 : this.segments.length, message);
    }
    return seg;
  }

  /**
   * A segment a loop must carry is missing (an 856 item's SN1, a 180 line's QTY): the problem
   * points at the loop's first segment, and the 997 notes the missing one right after it.
   */
  missingInLoop(id: string, loopStart: Segment, message: string): void {
    this.missing(id, this.positionInSet(loopStart) + 1, message, loopStart);
  }

  /** A mandatory segment that is not there, noted at `position` in the set (ST is 1). */
  private missing(id: string, position: number, message: string, near?: Segment): void {
    const at = { segmentId: id, position, error: SEGMENT_MISSING };
    this.problems.push(near ? { code: 'segment_missing', message, segment: near.position, at } : { code: 'segment_missing', message, at });
  }

  /** Element n as sent, or '' when absent. */
  text(seg: Segment | undefined, n: number): string {
    return seg?.el[n] ?? '';
  }

  optional(seg: Segment | undefined, n: number): string | null {
    const v = this.text(seg, n).trim();
    return v === '' ? null : v;
  }

  /** Element n, which must be present; '' (and a problem) when it is not. */
  mandatory(seg: Segment, n: number, what: string): string {
    const v = this.text(seg, n).trim();
    if (v === '') this.problem('element_missing', `${name(seg, n)} (${what}) is empty at segment ${seg.position}; it is mandatory`, seg, n);
    return v;
  }

  /** A quantity the set must carry, as a number. */
  quantity(seg: Segment, n: number, what: string): number {
    const v = this.text(seg, n).trim();
    if (DECIMAL.test(v)) return Number(v);
    this.problem('not_a_number', `${name(seg, n)} (${what}) is ${v === '' ? 'empty' : `"${v}"`} at segment ${seg.position}; expected a number`, seg, n);
    return 0;
  }

  optionalQuantity(seg: Segment | undefined, n: number, what: string): number | null {
    return seg && this.text(seg, n).trim() !== '' ? this.quantity(seg, n, what) : null;
  }

  /** Money stays the decimal string sent ("9.25"), checked to be one. */
  money(seg: Segment, n: number, what: string): string | null {
    const v = this.text(seg, n).trim();
    if (v === '') return null;
    if (DECIMAL.test(v)) return v;
    this.problem('not_a_number', `${name(seg, n)} (${what}) is "${v}" at segment ${seg.position}; expected a decimal amount`, seg, n);
    return null;
  }

  /** CCYYMMDD (or YYMMDD) -> YYYY-MM-DD; null when empty, a problem when not a date. */
  date(seg: Segment | undefined, n: number, what: string): string | null {
    if (!seg) return null;
    const v = this.text(seg, n).trim();
    if (v === '') return null;
    const iso = isoDate(v);
    if (!iso) this.problem('bad_date', `${name(seg, n)} (${what}) is "${v}" at segment ${seg.position}; expected a date CCYYMMDD`, seg, n);
    return iso;
  }

  /** The document's own date (and time, when sent) as an ISO instant, else GS04/GS05's. */
  occurredAt(date: string | null, time: string | null): string | null {
    if (date) return `${date}T${isoTime(time ?? '') ?? '00:00:00'}.000Z`;
    const gsDate = isoDate(this.groupDate);
    return gsDate ? `${gsDate}T${isoTime(this.groupTime) ?? '00:00:00'}.000Z` : null;
  }
}

/** X12's own element name: BEG03, PO102, SN102. */
export function name(seg: Segment, n: number): string {
  return `${seg.id}${String(n).padStart(2, '0')}`;
}

export function isoDate(v: string): string | null {
  const full = v.length === 6 ? `20${v}` : v;
  if (!/^\d{8}$/.test(full)) return null;
  const [y, m, d] = [Number(full.slice(0, 4)), Number(full.slice(4, 6)), Number(full.slice(6, 8))];
  const at = new Date(Date.UTC(y, m - 1, d));
  if (at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return null;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

/** HHMM, HHMMSS or HHMMSSd.. -> HH:MM:SS (fractions dropped); null when not a time. */
export function isoTime(v: string): string | null {
  const t = v.trim();
  if (!/^\d{4}(\d{2}\d*)?$/.test(t)) return null;
  const hh = Number(t.slice(0, 2));
  const mm = Number(t.slice(2, 4));
  const ss = t.length >= 6 ? Number(t.slice(4, 6)) : 0;
  if (hh > 23 || mm > 59 || ss > 59) return null;
  return `${t.slice(0, 2)}:${t.slice(2, 4)}:${t.length >= 6 ? t.slice(4, 6) : '00'}`;
}
