/**
 * The X12 lane's public shapes: what parseInterchanges hands the intake service for each
 * interchange, functional group and transaction set. Problems are data, never exceptions, so a
 * partner manager can read why a set was rejected next to its raw bytes.
 */
import type { NormalizedEvent } from '../../../../lib/events/model.ts';

export interface X12Problem {
  code: string;
  message: string;
  /** 1-based segment position within the interchange (ISA is 1). */
  segment?: number;
  /** Where in its transaction set, as a 997 reports it (AK3/AK4); only problems found inside a set's body have one. */
  at?: X12SegmentNote;
}

/** The segment a problem is in, or the mandatory segment that is missing: a 997's AK3. */
export interface X12SegmentNote {
  /** AK301: the segment's id (PO1), or the id of the missing segment. */
  segmentId: string;
  /** AK302: 1-based position within the transaction set (ST is 1). */
  position: number;
  /** AK304, X12 element 720: 3 mandatory segment missing, 7 not in proper sequence, 8 has data element errors... */
  error: string;
  element?: X12ElementNote;
}

/** The element in error within that segment: a 997's AK4. */
export interface X12ElementNote {
  /** AK401: the element's position in the segment (PO102 is 2). */
  position: number;
  /** AK403, X12 element 723: 1 mandatory element missing, 6 invalid character, 8 invalid date... */
  error: string;
  /** AK404: the element as sent, when it was not empty. */
  value?: string;
}

export interface X12Delimiters {
  element: string;
  component: string;
  /** ISA11 from version 00402 on, when it can be used; null before (ISA11 is then the standards id 'U') or when it cannot. */
  repetition: string | null;
  /** The segment terminator as declared by the character after ISA16 ('\r\n' when that is CR then LF). */
  segment: string;
}

export interface InterchangeHeader {
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  /** YYMMDD */
  date: string;
  /** HHMM */
  time: string;
  controlNumber: string;
  version: string;
  /** P or T */
  usage: string;
  ackRequested: string;
  delimiters: X12Delimiters;
}

export type EnvelopeStatus = 'accepted' | 'partially_accepted' | 'rejected';

export interface ParsedSet {
  setId: string;
  controlNumber: string;
  segmentCount: number;
  /** ST..SE exactly as received, terminators included. */
  raw: string;
  status: 'accepted' | 'rejected';
  problems: X12Problem[];
  /** null when rejected */
  event: NormalizedEvent | null;
}

export interface ParsedGroup {
  functionalId: string;
  senderCode: string;
  receiverCode: string;
  date: string;
  time: string;
  controlNumber: string;
  version: string;
  status: EnvelopeStatus;
  problems: X12Problem[];
  sets: ParsedSet[];
}

export interface ParsedInterchange {
  /** null when the ISA cannot be read */
  header: InterchangeHeader | null;
  raw: string;
  status: EnvelopeStatus;
  problems: X12Problem[];
  groups: ParsedGroup[];
}
