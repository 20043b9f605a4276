import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_SUBGRAPH_SECRET, DEVELOPMENT_TOKEN_SECRET, loadConfig } from '../../app/config.ts';

const TOKEN_SECRET = 'a-token-secret-of-exactly-32-b!!';
const SUBGRAPH_SECRET = 'a-subgraph-secret-of-32-bytes-or-more';

describe('the identity secrets in the configuration', () => {
  it('stands in the development secrets when unset, and says so once each', () => {
    const config = loadConfig({});
    expect(config.tokenSecret).toBe(DEVELOPMENT_TOKEN_SECRET);
    expect(config.subgraphSecret).toBe(DEVELOPMENT_SUBGRAPH_SECRET);
    expect(config.warnings).toEqual([
      'using the development token secret; set OPSGRAPH_TOKEN_SECRET in production',
      'using the development subgraph secret; set OPSGRAPH_SUBGRAPH_SECRET in production',
    ]);
  });

  it('takes secrets of 32 bytes or more from the environment without a warning', () => {
    expect(Buffer.byteLength(TOKEN_SECRET)).toBe(32);
    const config = loadConfig({ OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: SUBGRAPH_SECRET });
    expect(config.tokenSecret).toBe(TOKEN_SECRET);
    expect(config.subgraphSecret).toBe(SUBGRAPH_SECRET);
    expect(config.warnings).toEqual([]);
  });

  it('refuses a secret shorter than 32 bytes, naming the variable', () => {
    expect(() => loadConfig({ OPSGRAPH_TOKEN_SECRET: 'x'.repeat(31) })).toThrow(
      new ConfigError('OPSGRAPH_TOKEN_SECRET must be at least 32 bytes, got 31'),
    );
    expect(() => loadConfig({ OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: 'hunter2' })).toThrow(
      'OPSGRAPH_SUBGRAPH_SECRET must be at least 32 bytes, got 7',
    );
  });

  it('refuses one secret for both jobs: a token issuer must not be able to vouch for callers to the subgraphs', () => {
    expect(() => loadConfig({ OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: TOKEN_SECRET })).toThrow(
      'OPSGRAPH_SUBGRAPH_SECRET must differ from OPSGRAPH_TOKEN_SECRET',
    );
  });
});
