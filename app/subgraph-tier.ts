import type { Db } from '../lib/db.ts';
import type { RunningServer } from '../lib/http.ts';
import { peerCaller, type PeerCaller } from '../lib/peers.ts';
import { startSubgraph, type StartedSubgraph } from '../lib/subgraph.ts';
import { startIntakeServer } from '../subgraphs/ops/intake/server.ts';
import { DOMAINS, type Config, type Domain } from './config.ts';
import { MODULES } from './modules.ts';

export interface SubgraphTier {
  subgraphs: Record<Domain, StartedSubgraph>;
  intake: RunningServer & { tick(): Promise<void> };
  close(): Promise<void>;
}

/**
 * The four subgraphs on their databases, then the ops domain's intake. The ERP and OMS start
 * before ops, which hands them integration events (lib/peers.ts) under the name 'ops-intake'.
 * `npm start` (app/stack.ts) and `serve.ts subgraphs` both start the tier this way; whatever
 * started is closed again if a later part fails.
 */
export async function startSubgraphTier(config: Config, dbs: Record<Domain, Db>, log: (line: string) => void): Promise<SubgraphTier> {
  const started: RunningServer[] = [];
  const close = async () => {
    for (const server of started.reverse()) await server.close().catch(() => undefined);
  };
  try {
    const subgraphs = {} as Record<Domain, StartedSubgraph>;
    let peers: PeerCaller | undefined;
    for (const domain of DOMAINS) {
      if (domain === 'ops') peers = peerCaller({ erp: subgraphs.erp.url, oms: subgraphs.oms.url }, config.subgraphSecret, 'ops-intake');
      const subgraph = await startSubgraph(MODULES[domain].module, dbs[domain], {
        port: config.subgraphPorts[domain],
        host: config.host,
        subgraphSecret: config.subgraphSecret,
        tokens: config.tokens,
        peers: domain === 'ops' ? peers : undefined,
        aggregateRefreshDelayMs: config.aggregateRefreshDelayMs,
        log,
      });
      started.push(subgraph);
      subgraphs[domain] = subgraph;
    }
    const intake = await startIntakeServer(
      { db: dbs.ops, peers: peers!, log, now: () => new Date(), batchSize: config.intakeBatchSize },
      { port: config.intakePort, host: config.host, tokens: config.tokens, webhookUrl: config.alertWebhookUrl, intervalMs: config.feedIntervalMs },
    );
    started.push(intake);
    return { subgraphs, intake, close };
  } catch (error) {
    await close();
    throw error;
  }
}
