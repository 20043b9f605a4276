import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/config.ts';

const URLS = {
  ERP_DATABASE_URL: 'postgres://db/erp', PIM_DATABASE_URL: 'postgres://db/pim', OMS_DATABASE_URL: 'postgres://db/oms',
  OPS_DATABASE_URL: 'postgres://db/ops', INTEGRATION_DATABASE_URL: 'postgres://db/integration',
};

describe('the databases in the configuration', () => {
  it('runs on PostgreSQL with all five URLs, integration on its own database', () => {
    const config = loadConfig(URLS);
    expect(config.mode).toBe('postgres');
    expect(config.databaseUrls).toEqual({
      erp: 'postgres://db/erp', pim: 'postgres://db/pim', oms: 'postgres://db/oms', ops: 'postgres://db/ops', integration: 'postgres://db/integration',
    });
  });

  it('refuses the four domain URLs without the integration one, naming it', () => {
    const { INTEGRATION_DATABASE_URL: _, ...four } = URLS;
    expect(() => loadConfig(four)).toThrow(new ConfigError(
      'set all five database URLs or none (none runs the embedded PGlite databases); missing: INTEGRATION_DATABASE_URL',
    ));
  });

  it('lets a tier run alone name the only databases it needs, and ignores the others', () => {
    const integration = loadConfig({ INTEGRATION_DATABASE_URL: 'postgres://db/integration', ERP_DATABASE_URL: 'postgres://db/erp' }, { databases: ['integration'] });
    expect(integration).toMatchObject({ mode: 'postgres', databaseUrls: { integration: 'postgres://db/integration' } });
    expect(Object.keys(integration.databaseUrls)).toEqual(['integration']);
    expect(() => loadConfig({ ERP_DATABASE_URL: 'postgres://db/erp' }, { databases: ['integration'] })).toThrow(new ConfigError(
      'INTEGRATION_DATABASE_URL is not set; this tier runs on that database',
    ));
    expect(() => loadConfig({ ERP_DATABASE_URL: 'postgres://db/erp' }, { databases: ['erp', 'pim', 'oms', 'ops'] })).toThrow(
      'PIM_DATABASE_URL, OMS_DATABASE_URL, OPS_DATABASE_URL are not set; this tier runs on those databases',
    );
  });

  it('serves the integration subgraph and the intake on INTAKE_PORT, 4005 unless set', () => {
    expect(loadConfig({}).subgraphPorts).toEqual({ erp: 4001, pim: 4002, oms: 4003, ops: 4004, integration: 4005 });
    expect(loadConfig({ INTAKE_PORT: '5005' }).subgraphPorts.integration).toBe(5005);
  });
});
