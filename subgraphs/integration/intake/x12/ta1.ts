/**
 * The TA1 interchange acknowledgment: what we made of a received interchange's envelope (ISA and
 * IEA) alone, whatever became of its groups, which their 997s report. It travels in an
 * interchange of its own, with no GS/GE, addressed back to the sender.
 *
 * When one is sent: when the sender asked for it (ISA14 = 1), and whenever the envelope itself
 * has errors, asked or not, as translators commonly do, so a partner learns that nothing in the
 * interchange was taken even when its 997s never reach their translator. A clean envelope
 * without ISA14 = 1 gets none. An interchange whose ISA cannot be read has no sender to address
 * one to, and gets none either.
 */
import { replyInterchange, type ReplyOptions } from './reply-interchange.ts';
import type { ParsedInterchange } from './types.ts';

/**
 * Our envelope problem codes -> TA105 interchange note codes (X12 element I18), most telling
 * first: the TA1 has room for one, so when several apply the first listed is sent. The ISA comes
 * before the trailer, as a translator reads it: first the delimiters and the version, which
 * decide how the rest is read, then the other elements in ISA order. From 00402 on ISA11 is a
 * delimiter, so its problem sits with ISA16's; before, it is the standards identifier, a value read
 * in ISA order between ISA10 and ISA13. A code not listed here reads as 024 (invalid interchange
 * content). 026 (invalid data element separator) is never sent: an ISA whose element separator
 * cannot be used is unreadable and gets no TA1.
 *
 * An unusable repetition separator is 022, not 016 or a separator code: X12's interpretation
 * (RFI 1497, 2012) is that 005010's I18 has no code for it, 016 naming the standards identifier
 * that 00402 replaced, and that 022 describes it most closely. The 032 (invalid repetition
 * separator) of later releases is not sent, since our TA1 travels under the partner's own ISA12,
 * and 022 is in the code list of every version we read.
 */
const TA105_CODES: [problem: string, note: string][] = [
  ['isa_component_separator', '027'], // invalid component element separator (ISA16)
  ['isa_repetition_separator', '022'], // invalid control structure (ISA11 from 00402 on; see above)
  ['isa_version', '017'], // invalid interchange version ID value (ISA12 is not five digits)
  ['isa_version_unsupported', '003'], // this version of the controls is not supported (ISA12 before 00400)
  ['isa_authorization_qualifier', '010'], // invalid authorization information qualifier value (ISA01)
  ['isa_authorization', '011'], // invalid authorization information value (ISA02)
  ['isa_security_qualifier', '012'], // invalid security information qualifier value (ISA03)
  ['isa_security', '013'], // invalid security information value (ISA04)
  ['isa_sender_qualifier', '005'], // invalid interchange ID qualifier for sender (ISA05)
  ['isa_sender', '006'], // invalid interchange sender ID (ISA06)
  ['isa_receiver_qualifier', '007'], // invalid interchange ID qualifier for receiver (ISA07)
  ['isa_receiver', '008'], // invalid interchange receiver ID (ISA08)
  ['isa_date', '014'], // invalid interchange date value (ISA09)
  ['isa_time', '015'], // invalid interchange time value (ISA10)
  ['isa_standards_id', '016'], // invalid interchange standards identifier value (ISA11 before 00402)
  ['isa_control_number', '018'], // invalid interchange control number value (ISA13)
  ['isa_ack_requested', '019'], // invalid acknowledgment requested value (ISA14)
  ['isa_usage', '020'], // invalid test indicator value (ISA15)
  ['iea_missing', '023'], // improper (premature) end-of-file: the interchange stops before its IEA
  ['iea_control', '001'], // control number in header and trailer do not match
  ['iea_count', '021'], // invalid number of included groups value
  ['segment_outside_group', '024'], // invalid interchange content: a segment outside any GS..GE
];
const NO_ERROR = '000';
const INVALID_CONTENT = '024';

function noteCode(problems: readonly { code: string }[]): string {
  if (problems.length === 0) return NO_ERROR;
  const found = TA105_CODES.find(([code]) => problems.some((p) => p.code === code));
  return found ? found[1] : INVALID_CONTENT;
}

/** Whether we owe the interchange a TA1: its sender asked for one, or its envelope has errors. */
export function interchangeAcknowledgmentOwed(interchange: ParsedInterchange): boolean {
  return interchange.header !== null && (interchange.header.ackRequested === '1' || interchange.problems.length > 0);
}

/**
 * TA104 is A (accepted) or R (rejected), never E: an envelope error rejects everything in the
 * interchange (envelope.ts), so "accepted with errors" would tell the partner something untrue.
 */
export function interchangeAcknowledgment(interchange: ParsedInterchange, options: ReplyOptions): string {
  const head = interchange.header;
  if (!head) throw new Error('cannot acknowledge an interchange whose ISA could not be read: there is no sender to address the TA1 to');
  const note = noteCode(interchange.problems);
  // TA101 is the received ISA13 (for 001, the header's, as X12 says), TA102/TA103 its ISA09/ISA10.
  const ta1 = ['TA1', head.controlNumber.padStart(9, '0'), head.date, head.time, note === NO_ERROR ? 'A' : 'R', note];
  return replyInterchange(head, options, [ta1], 0);
}
