import type { FuzzCase } from './cases.ts';

/** What came back for one request. */
export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/**
 * Text no answer may carry: what a stack trace, a source path, SQL or a PostgreSQL or Node error
 * looks like. The generator's own strings avoid these words, so a match is the server talking.
 */
const LEAKS: [string, RegExp][] = [
  // Every repetition is bounded: answers echo long input, and an open-ended one backtracks quadratically.
  ['a stack frame', /\bat (?:async )?[\w.<>$]{1,200} \(|\n\s{1,20}at \S/],
  ['a stacktrace field', /"stacktrace"|"exception"\s*:/],
  ['a source path', /node_modules|file:\/\/|\/(?:work|home|usr|tmp|opt|root)\/|[\w-]{1,100}\.(?:ts|mjs|cjs|js):\d/],
  ['SQL text', /\bSELECT\b[\s\S]{0,300}\bFROM\b|\bINSERT INTO\b|\bUPDATE \w{1,100} SET\b|\bDELETE FROM\b|\$\d{1,3}::\w/],
  ['a PostgreSQL error', /invalid input syntax for|violates \S{1,40} constraint|duplicate key value|(?:relation|column) "[^"]{1,100}" does not exist|syntax error at (?:or near|end of input)|out of range for type|invalid byte sequence|current transaction is aborted|unnamed portal parameter|could not connect to server|\bpg_\w/i],
  ['a Node error', /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|Cannot read propert|is not a function|is not iterable|Maximum call stack|heap out of memory|\b(?:TypeError|RangeError|ReferenceError|SyntaxError): /],
];

/** Codes a well-formed operation may meet: the access policy and the argument checks. */
const VALID_OPERATION_CODES = new Set(['FORBIDDEN', 'BAD_USER_INPUT']);

/** A refusal by an operation limit (another part of the front door), which a valid operation may meet. */
const LIMIT_REFUSAL = /limit|too (?:deep|many|large|complex)|exceed|depth|cost|rate/i;

/** What is wrong with `answer` as the answer to `fuzzCase`; empty when nothing is. */
export function problemsOf(fuzzCase: FuzzCase, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  for (const [what, pattern] of LEAKS) if (pattern.test(answer.text)) problems.push(`${what} in the answer`);
  const errors = graphqlErrors(answer);
  for (const error of errors) {
    const code = error.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || /internal error/i.test(error.message ?? '')) {
      problems.push(`an internal error: ${error.message}`);
    } else if (fuzzCase.valid && !VALID_OPERATION_CODES.has(String(code)) && !LIMIT_REFUSAL.test(error.message ?? '')) {
      problems.push(`a valid operation refused with ${String(code)}: ${error.message}`);
    }
  }
  if (fuzzCase.valid && answer.status !== 200 && answer.status !== 429 && errors.length === 0) problems.push(`a valid operation answered HTTP ${answer.status}`);
  return [...new Set(problems)];
}

interface WireError {
  message?: string;
  extensions?: { code?: unknown };
}

function graphqlErrors(answer: Answer): WireError[] {
  if (!answer.contentType.includes('json')) return [];
  try {
    const body = JSON.parse(answer.text) as { errors?: unknown };
    return Array.isArray(body?.errors) ? (body.errors as WireError[]) : [];
  } catch {
    return [];
  }
}
