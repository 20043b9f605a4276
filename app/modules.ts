import type { SubgraphModule } from '../lib/subgraph.ts';
import { erpMigrations, erpSubgraph } from '../subgraphs/erp/server.ts';
import { integrationMigrations, integrationSubgraph } from '../subgraphs/integration/server.ts';
import { omsMigrations, omsSubgraph } from '../subgraphs/oms/server.ts';
import { opsMigrations, opsSubgraph } from '../subgraphs/ops/server.ts';
import { pimMigrations, pimSubgraph } from '../subgraphs/pim/server.ts';
import type { Domain } from './config.ts';

/** The five subgraphs and their migrations, by domain name (integration is started with its intake: app/subgraph-tier.ts). */
export const MODULES: Record<Domain, { module: SubgraphModule<object>; migrations: URL }> = {
  erp: { module: erpSubgraph as SubgraphModule<object>, migrations: erpMigrations },
  pim: { module: pimSubgraph as SubgraphModule<object>, migrations: pimMigrations },
  oms: { module: omsSubgraph as SubgraphModule<object>, migrations: omsMigrations },
  ops: { module: opsSubgraph as SubgraphModule<object>, migrations: opsMigrations },
  integration: { module: integrationSubgraph as SubgraphModule<object>, migrations: integrationMigrations },
};
