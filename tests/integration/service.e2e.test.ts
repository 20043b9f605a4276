import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { subgraphCaller } from '../../lib/testing/graphql.ts';
import { TEST_SUBGRAPH_SECRET, TEST_TOKEN_SETTINGS } from '../../lib/testing/identity.ts';
import { integrationMigrations, startIntegrationService, type StartedIntegrationService } from '../../subgraphs/integration/server.ts';
import { closedPortUrl, intakePeers } from './harness.ts';

/*
 * The integration service as one HTTP server: the subgraph at /graphql and the intake at
 * /intake/*, on the integration database. The ERP and OMS are not running (their URLs are closed
 * ports): the service starts regardless, and what it would hand them waits.
 */
let database: TestDatabase;
let service: StartedIntegrationService;
const log: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase('integration', integrationMigrations);
  service = await startIntegrationService(database.db, {
    port: 0, subgraphSecret: TEST_SUBGRAPH_SECRET, tokens: TEST_TOKEN_SETTINGS,
    peers: intakePeers({ erp: await closedPortUrl(), oms: await closedPortUrl() }),
    webhookUrl: null, intervalMs: 3_600_000, batchSize: 100, log: (line) => log.push(line),
  });
});
afterAll(async () => {
  await service?.close();
  await database?.drop();
});

describe('the integration service', () => {
  it('answers the subgraph at /graphql and the intake at /intake on one port', async () => {
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(service.intakeUrl).toBe(service.url.replace(/\/graphql$/, '/intake'));

    const { data } = await subgraphCaller({ name: 'integration', url: service.url }).post(`{ tradingPartners { id } integrationEventCounts { status count } }`);
    expect(data).toEqual({ tradingPartners: [], integrationEventCounts: [] });

    const schema = await fetch(`${service.intakeUrl}/events/schema`);
    expect(schema.status).toBe(200);
    expect(((await schema.json()) as { $id: string }).$id).toBe('urn:opsgraph:intake:api-event');

    const unsigned = await fetch(`${service.intakeUrl}/events`, { method: 'POST', body: '{}' });
    expect(unsigned.status).toBe(401);
    const unknown = await fetch(`${service.intakeUrl}/nothing`);
    expect([unknown.status, await unknown.json()]).toEqual([404, { error: 'not found: POST /intake/x12, POST /intake/events, GET /intake/events/schema' }]);
  });

  it('started with the ERP and OMS unreachable, and said what it could not ask them', () => {
    expect(log.some((line) => /^alerts: stale inventory sync not evaluated: the erp subgraph at .* is unreachable/.test(line))).toBe(true);
  });
});

describe('serve.ts integration', () => {
  it('names the one database it needs when INTEGRATION_DATABASE_URL is unset', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ERP_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' };
    delete env.INTEGRATION_DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'integration'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output.trim()).toBe('opsgraph: INTEGRATION_DATABASE_URL is not set; this tier runs on that database');
  });
});
