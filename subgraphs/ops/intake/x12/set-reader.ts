/**
 * What every normalizer needs to read one transaction set: element access by X12 position,
 * numbers, money, dates and instants checked as they are read, and the problems found on the way,
 * worded for a partner manager (segment, element, expected, actual).
 */
import type { X12Problem } from './types.ts';
import type { Segment } from './tokenizer.ts';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

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

  problem(code: string, message: string, seg?: Segment): void {
    this.problems.push(seg ? { code, message, segment: seg.position } : { code, message });
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
    if (!seg) this.problem('segment_missing', `transaction set ${this.setId} ${this.controlNumber} has no ${id} segment (${what}); ${id} is mandatory`);
    return seg;
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
    if (v === '') this.problem('element_missing', `${name(seg, n)} (${what}) is empty at segment ${seg.position}; it is mandatory`, seg);
    return v;
  }

  /** A quantity the set must carry, as a number. */
  quantity(seg: Segment, n: number, what: string): number {
    const v = this.text(seg, n).trim();
    if (DECIMAL.test(v)) return Number(v);
    this.problem('not_a_number', `${name(seg, n)} (${what}) is ${v === '' ? 'empty' : `"${v}"`} at segment ${seg.position}; expected a number`, seg);
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
    this.problem('not_a_number', `${name(seg, n)} (${what}) is "${v}" at segment ${seg.position}; expected a decimal amount`, seg);
    return null;
  }

  /** CCYYMMDD (or YYMMDD) -> YYYY-MM-DD; null when empty, a problem when not a date. */
  date(seg: Segment | undefined, n: number, what: string): string | null {
    if (!seg) return null;
    const v = this.text(seg, n).trim();
    if (v === '') return null;
    const iso = isoDate(v);
    if (!iso) this.problem('bad_date', `${name(seg, n)} (${what}) is "${v}" at segment ${seg.position}; expected a date CCYYMMDD`, seg);
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
