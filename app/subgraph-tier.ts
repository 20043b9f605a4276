import type { Db } from '../lib/db.ts';
import type { RunningServer } from '../lib/http.ts';
import { peerCaller } from '../lib/peers.ts';
import { startSubgraph, type StartedSubgraph } from '../lib/subgraph.ts';
import { startIntegrationService, type StartedIntegrationService } from '../subgraphs/integration/server.ts';
import type { Config, Domain } from './config.ts';
import { MODULES } from './modules.ts';

/** The domain subgraphs served on their own; integration is served together with its intake. */
export const DOMAIN_SUBGRAPHS = ['erp', 'pim', 'oms', 'ops'] as const satisfies readonly Domain[];
export type DomainSubgraph = (typeof DOMAIN_SUBGRAPHS)[number];

/** The name the intake's calls to the ERP and OMS are signed with (lib/peers.ts). */
export const INTAKE_SERVICE = 'integration-intake';

export interface SubgraphTier {
  /** Every subgraph, integration included. */
  subgraphs: Record<Domain, StartedSubgraph>;
  integration: StartedIntegrationService;
  close(): Promise<void>;
}

/**
 * The four domain subgraphs on their databases; whatever started is closed again if a later one
 * fails. `serve.ts subgraphs` runs this tier alone.
 */
export async function startDomainSubgraphs(
  config: Config,
  dbs: Record<DomainSubgraph, Db>,
  log: (line: string) => void,
): Promise<{ subgraphs: Record<DomainSubgraph, StartedSubgraph>; close(): Promise<void> }> {
  const started: RunningServer[] = [];
  const close = async () => {
    for (const server of started.reverse()) await server.close().catch(() => undefined);
  };
  try {
    const subgraphs = {} as Record<DomainSubgraph, StartedSubgraph>;
    for (const domain of DOMAIN_SUBGRAPHS) {
      const subgraph = await startSubgraph(MODULES[domain].module, dbs[domain], {
        port: config.subgraphPorts[domain],
        host: config.host,
        subgraphSecret: config.subgraphSecret,
        tokens: config.tokens,
        aggregateRefreshDelayMs: config.aggregateRefreshDelayMs,
        log,
      });
      started.push(subgraph);
      subgraphs[domain] = subgraph;
    }
    return { subgraphs, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The integration service (its subgraph and the intake, on INTAKE_PORT) on its database, handing
 * events to the ERP and OMS at `peerUrls`. `serve.ts integration` runs it alone.
 */
export function startIntegration(
  config: Config,
  db: Db,
  peerUrls: { erp: string; oms: string },
  log: (line: string) => void,
): Promise<StartedIntegrationService> {
  return startIntegrationService(db, {
    port: config.subgraphPorts.integration,
    host: config.host,
    subgraphSecret: config.subgraphSecret,
    tokens: config.tokens,
    peers: peerCaller(peerUrls, config.subgraphSecret, INTAKE_SERVICE),
    webhookUrl: config.alertWebhookUrl,
    intervalMs: config.feedIntervalMs,
    batchSize: config.intakeBatchSize,
    log,
  });
}

/**
 * Every subgraph in this process: the four domain subgraphs, then the integration service, which
 * hands them integration events. `npm start` (app/stack.ts) and the end-to-end tests start the
 * tier this way; whatever started is closed again if a later part fails.
 */
export async function startSubgraphTier(config: Config, dbs: Record<Domain, Db>, log: (line: string) => void): Promise<SubgraphTier> {
  const domains = await startDomainSubgraphs(config, dbs, log);
  try {
    const integration = await startIntegration(config, dbs.integration, { erp: domains.subgraphs.erp.url, oms: domains.subgraphs.oms.url }, log);
    return {
      subgraphs: { ...domains.subgraphs, integration },
      integration,
      close: async () => {
        await integration.close().catch(() => undefined);
        await domains.close();
      },
    };
  } catch (error) {
    await domains.close();
    throw error;
  }
}
