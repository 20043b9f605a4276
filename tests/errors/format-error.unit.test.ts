import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatError } from '../../lib/format-error.ts';

/** What reaches a client of errors Apollo Server formats (lib/format-error.ts). */
const format = formatError('gateway');
const INTERNAL = { message: 'internal error in the gateway service; it has been logged', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatError', () => {
  it('hides the message of an unexpected error Apollo wrapped in a GraphQLError, and logs it', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const overflow = new RangeError('Maximum call stack size exceeded');
    const wrapped = new GraphQLError(overflow.message, { originalError: overflow });
    const formatted = format({ message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted).toEqual({ ...INTERNAL, path: undefined, locations: undefined });
    expect(log).toHaveBeenCalledOnce();
  });

  it('keeps the message of an error raised on purpose without a code', () => {
    const deliberate = new GraphQLError('the ERP has no item for VLV-9: nothing to promise');
    const formatted = format({ message: deliberate.message, path: ['product', 'promise'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, deliberate);
    expect(formatted).toEqual({ message: 'the ERP has no item for VLV-9: nothing to promise', path: ['product', 'promise'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('calls a codeless refusal Apollo answers with HTTP 400 the caller\'s BAD_REQUEST', () => {
    const refusal = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    const formatted = format({ message: refusal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, refusal);
    expect(formatted).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});
