/**
 * The X12 EDI lane: parse interchanges, check their envelopes, normalize each accepted
 * transaction set into an operational event, acknowledge groups with a 997 and the envelope with a
 * TA1. Pure code: the intake service records what this returns.
 */
import { readInterchange } from './envelope.ts';
import { decode, splitInterchanges } from './tokenizer.ts';
import type { ParsedInterchange } from './types.ts';

export type { EnvelopeStatus, InterchangeHeader, ParsedGroup, ParsedInterchange, ParsedSet, X12Delimiters, X12Problem } from './types.ts';
export { functionalAcknowledgment } from './ack997.ts';
export { interchangeAcknowledgment, interchangeAcknowledgmentOwed } from './ta1.ts';

/** Every interchange in the input (a file may hold several ISA..IEA one after another). Never throws on bad input: problems are data. */
export function parseInterchanges(input: string | Uint8Array): ParsedInterchange[] {
  const text = decode(input);
  return splitInterchanges(text).map((raw) => readInterchange(raw, text));
}
