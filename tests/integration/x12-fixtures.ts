/**
 * Small X12 interchanges built in the tests that use them, so every expected value sits next to
 * the input it comes from. Segments are written without terminators; `interchange` adds them.
 */
import { readFileSync } from 'node:fs';

export interface EnvelopeOptions {
  control?: string;
  element?: string;
  component?: string;
  /** What ends each segment, e.g. '~', '~\n', '\r\n'. */
  terminator?: string;
  version?: string;
  isa11?: string;
  sender?: string;
  receiver?: string;
  /** ISA14: '1' asks the receiver for a TA1. */
  ackRequested?: '0' | '1';
}

/** A fixed-width 106-character ISA (without its terminator). */
export function isa(o: EnvelopeOptions = {}): string {
  const e = o.element ?? '*';
  const fields = [
    'ISA', '00', ' '.repeat(10), '00', ' '.repeat(10),
    'ZZ', (o.sender ?? 'PARTNER').padEnd(15), 'ZZ', (o.receiver ?? 'OPSGRAPH').padEnd(15),
    '240301', '0930', o.isa11 ?? 'U', o.version ?? '00401', o.control ?? '000000007', o.ackRequested ?? '0', 'P',
  ];
  return fields.join(e) + e + (o.component ?? '>');
}

/** ISA + the given segments, each followed by the terminator. */
export function interchange(segments: string[], o: EnvelopeOptions = {}): string {
  const t = o.terminator ?? '~\n';
  return [isa(o), ...segments].map((s) => s + t).join('');
}

/** A valid 850 set of 4 segments: one line of 10 EA W-100 at 2.50. */
export function po850(control: string, poNumber: string): string[] {
  return [`ST*850*${control}`, `BEG*00*SA*${poNumber}**20240301`, 'PO1*1*10*EA*2.50**VN*W-100', `SE*4*${control}`];
}

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/edi/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return fixture(name).toString('utf8');
}
