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
}

export interface X12Delimiters {
  element: string;
  component: string;
  /** ISA11 from version 00402 on; null before, where ISA11 is the standards id 'U'. */
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
