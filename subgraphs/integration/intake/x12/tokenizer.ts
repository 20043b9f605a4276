/**
 * Splits raw input into interchanges and segments. The ISA declares the delimiters, so each
 * interchange is read with its own: char 4 is the element separator, ISA16 the component
 * separator and the character right after ISA16 the segment terminator. ISA16 is found by counting
 * separators rather than by fixed offset, so an ISA with unpadded ids still reads. One pass with
 * indexOf per segment keeps this linear in the input.
 */
import { FIRST_VERSION_WITH_REPETITION, repetitionSeparatorExpected } from './isa-values.ts';
import type { X12Delimiters, X12Problem } from './types.ts';

export interface Segment {
  id: string;
  /** el[0] is the segment id, el[n] element n (el[1] is BEG01 in a BEG). */
  el: string[];
  /** 1-based position within the interchange. */
  position: number;
  /** Offsets into the decoded text; end includes the terminator and any line break after it. */
  start: number;
  end: number;
}

export interface RawInterchange {
  start: number;
  end: number;
  delimiters: X12Delimiters | null;
  segments: Segment[];
  /** Set when the ISA could not be read. */
  problem: X12Problem | null;
  /** True when an IEA closed the interchange. */
  closed: boolean;
}

export function decode(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\v';
const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

function skipSpace(text: string, p: number): number {
  while (p < text.length && isSpace(text[p])) p++;
  return p;
}

/** The next place an ISA segment plausibly starts, or the end of the text. */
function nextIsa(text: string, from: number): number {
  let i = text.indexOf('ISA', from);
  while (i !== -1) {
    const after = text[i + 3];
    if ((i === 0 || !isAlnum(text[i - 1])) && after !== undefined && !isAlnum(after) && !isSpace(after)) return i;
    i = text.indexOf('ISA', i + 1);
  }
  return text.length;
}

export function readDelimiters(text: string, p: number): X12Delimiters | null {
  const element = text[p + 3];
  if (element === undefined || isAlnum(element) || isSpace(element)) return null;
  let q = p + 3;
  for (let k = 1; k < 16; k++) {
    q = text.indexOf(element, q + 1);
    // A real ISA is 106 characters; allow slack for unpadded or over-padded ids, no more.
    if (q === -1 || q - p > 200) return null;
  }
  const component = text[q + 1];
  let segment = text[q + 2];
  if (component === undefined || segment === undefined || segment === element || isAlnum(segment)) return null;
  if (segment === '\r' && text[q + 3] === '\n') segment = '\r\n';
  const fields = text.slice(p, q).split(element);
  const version = fields[12] ?? '';
  const isa11 = fields[11] ?? '';
  // One that cannot be used is left out here; isa-values.ts then rejects the interchange for it.
  const usable = version >= FIRST_VERSION_WITH_REPETITION && repetitionSeparatorExpected(isa11, { component, segment }) === null;
  const repetition = usable ? isa11 : null;
  return { element, component, repetition, segment };
}

/** Segments from the ISA at p through its IEA, stopping early at the next ISA or the end. */
function readSegments(text: string, p: number, d: X12Delimiters): { segments: Segment[]; end: number; closed: boolean } {
  const segments: Segment[] = [];
  const len = text.length;
  const breaksLines = d.segment.includes('\n') || d.segment.includes('\r');
  let pos = p;
  while (pos < len) {
    pos = skipSpace(text, pos);
    if (pos >= len) break;
    const idx = text.indexOf(d.segment, pos);
    const bodyEnd = idx === -1 ? len : idx;
    let next = idx === -1 ? len : idx + d.segment.length;
    // One line break after a terminator belongs to the segment; blank lines beyond it do not.
    if (text[next] === '\r') next++;
    if (text[next] === '\n') next++;
    let body = text.slice(pos, bodyEnd);
    // An unterminated last segment may still carry the file's final line break.
    if (idx === -1) body = body.replace(/\s+$/, '');
    // Some VANs wrap files at a fixed width; a line break inside a segment is not data.
    if (!breaksLines && (body.includes('\n') || body.includes('\r'))) body = body.replace(/[\r\n]/g, '');
    if (body.length === 0) {
      pos = next;
      continue;
    }
    const el = body.split(d.element);
    const id = el[0] as string;
    if (id === 'ISA' && segments.length > 0) return { segments, end: pos, closed: false };
    segments.push({ id, el, position: segments.length + 1, start: pos, end: next });
    pos = next;
    if (id === 'IEA') return { segments, end: pos, closed: true };
  }
  return { segments, end: len, closed: false };
}

/** Every interchange in the text, readable or not, in order. */
export function splitInterchanges(text: string): RawInterchange[] {
  const out: RawInterchange[] = [];
  let p = skipSpace(text, 0);
  while (p < text.length) {
    const d = text.startsWith('ISA', p) ? readDelimiters(text, p) : null;
    if (!d) {
      const end = nextIsa(text, p + 1);
      const shown = text.slice(p, Math.min(end, p + 40)).replace(/\s+/g, ' ');
      const message = text.startsWith('ISA', p)
        ? `the ISA header cannot be read: it must be 16 elements with a component separator and a segment terminator after ISA16 (starts "${shown}")`
        : `text outside any interchange does not start with ISA: "${shown}"`;
      out.push({ start: p, end, delimiters: null, segments: [], problem: { code: 'isa_unreadable', message, segment: 1 }, closed: false });
      p = skipSpace(text, end);
      continue;
    }
    const { segments, end, closed } = readSegments(text, p, d);
    out.push({ start: p, end, delimiters: d, segments, problem: null, closed });
    p = skipSpace(text, end);
  }
  return out;
}
