/**
 * CSV encoding for PostgreSQL `COPY ... WITH (FORMAT csv)`: NULL is an empty unquoted field, an
 * empty string is `""`, fields with a comma, quote, line break or backslash are quoted with
 * quotes doubled, arrays become Postgres array literals and Dates ISO-8601 UTC instants.
 */
export type CsvScalar = string | number | bigint | boolean | Date | null | undefined;
export type CsvValue = CsvScalar | readonly (string | number | boolean | null)[];

const NEEDS_QUOTES = /[",\r\n\\]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot encode ${value} as CSV`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  return quoteText(arrayLiteral(value));
}

export function csvRow(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) line += (i === 0 ? '' : ',') + csvField(values[i]);
  return `${line}\n`;
}

/** `{a,"b c",NULL}`: elements quoted when empty, spaced, special or the word NULL. */
export function arrayLiteral(items: readonly (string | number | boolean | null)[]): string {
  return `{${items.map(arrayElement).join(',')}}`;
}

function arrayElement(item: string | number | boolean | null): string {
  if (item === null) return 'NULL';
  const text = String(item);
  if (text === '' || /[{}",\\\s]/.test(text) || text.toUpperCase() === 'NULL') return `"${text.replace(/[\\"]/g, '\\$&')}"`;
  return text;
}

function quoteText(text: string): string {
  return text === '' || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
