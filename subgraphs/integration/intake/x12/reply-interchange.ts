/**
 * The ISA..IEA around everything we send back to a partner (997s, TA1s). It is addressed back to
 * the sender (sender and receiver swapped), written with the delimiters the partner used so their
 * translator reads it as it reads its own files, and carries our own control number: one drawn
 * per acknowledgment, so no two of ours repeat one.
 */
import { FIRST_VERSION_WITH_REPETITION, isIdQualifier, isReadableVersion, USAGE_INDICATORS } from './isa-values.ts';
import type { InterchangeHeader } from './types.ts';

export interface ReplyOptions {
  /** Our ISA13, from the acknowledgment sequence. */
  controlNumber: number;
  at: Date;
}

const two = (n: number) => String(n).padStart(2, '0');

/** When we wrote the reply, in UTC: YYYYMMDD for a GS, HHMM for GS and ISA. */
export function replyTimestamp(at: Date): { yyyymmdd: string; hhmm: string } {
  return { yyyymmdd: `${at.getUTCFullYear()}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}`, hhmm: `${two(at.getUTCHours())}${two(at.getUTCMinutes())}` };
}

/**
 * The received values our ISA echoes, except one that would make our own ISA invalid (it is what a
 * TA1 then reports as wrong): an unknown ID qualifier is sent back as ZZ (mutually defined), a
 * version we cannot write as 00401 (with ISA11 U, as before 00402), a usage indicator as P. A
 * version from 00402 on whose repetition separator cannot be used (the tokenizer left it null) is
 * one we cannot write either: its ISA11 would have to be a separator the partner never chose.
 */
function echoed(received: InterchangeHeader) {
  const { version } = received;
  const { repetition } = received.delimiters;
  const versionOk = isReadableVersion(version) && (version < FIRST_VERSION_WITH_REPETITION || repetition !== null);
  return {
    senderQualifier: isIdQualifier(received.senderQualifier) ? received.senderQualifier : 'ZZ',
    receiverQualifier: isIdQualifier(received.receiverQualifier) ? received.receiverQualifier : 'ZZ',
    version: versionOk ? version : '00401',
    repetition: versionOk ? repetition ?? 'U' : 'U',
    usage: USAGE_INDICATORS.includes(received.usage) ? received.usage : 'P',
  };
}

/**
 * `content` is what goes between ISA and IEA (GS..GE groups, or a TA1 alone); `groups` is how
 * many functional groups it holds, for IEA01. We never ask for a TA1 back (ISA14 0).
 */
export function replyInterchange(received: InterchangeHeader, options: ReplyOptions, content: string[][], groups: number): string {
  const { element, component, segment } = received.delimiters;
  const { senderQualifier, receiverQualifier, version, repetition, usage } = echoed(received);
  const { yyyymmdd, hhmm } = replyTimestamp(options.at);
  const control = String(options.controlNumber).padStart(9, '0');
  const isa = [
    'ISA', '00', ' '.repeat(10), '00', ' '.repeat(10),
    receiverQualifier, received.receiverId.padEnd(15), senderQualifier, received.senderId.padEnd(15),
    yyyymmdd.slice(2), hhmm, repetition, version, control, '0', usage, component,
  ];
  return [isa, ...content, ['IEA', String(groups), control]].map((s) => s.join(element) + segment).join('');
}
