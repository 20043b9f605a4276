import type { TokenSettings } from '../lib/tokens.ts';
import { ConfigError, httpUrl } from './env.ts';
import { identityConfig } from './identity-config.ts';

export { ConfigError } from './env.ts';
export { DEVELOPMENT_SUBGRAPH_SECRET, DEVELOPMENT_TOKEN_SECRET } from './identity-config.ts';
import { isCalendarDay, todayUtc } from '../seed/timeline.ts';

/**
 * Run-time configuration from the environment. With no database URLs the graph runs embedded on
 * PGlite; with all five it runs on real PostgreSQL. Half a configuration is an error, not a guess.
 * erp, pim and oms hold the business's data; ops holds the operating model (scorecard
 * definitions); integration holds the intake (events received, partners, routing, alerts).
 * Each has its own database and subgraph.
 */
export const DOMAINS = ['erp', 'pim', 'oms', 'ops', 'integration'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface Config {
  mode: 'embedded' | 'postgres';
  databaseUrls: Partial<Record<Domain, string>>;
  dataDir: string;
  host: string;
  gatewayPort: number;
  /** Where each subgraph listens; integration's (INTAKE_PORT) also takes the intake's X12 interchanges and JSON events. */
  subgraphPorts: Record<Domain, number>;
  /** Where alerts are posted (OPSGRAPH_ALERT_WEBHOOK_URL); null: alerts show in the graph only. */
  alertWebhookUrl: string | null;
  /** Integration events handed to the ERP or OMS per call (OPSGRAPH_INTAKE_BATCH_SIZE). */
  intakeBatchSize: number;
  /** How long after applying integration events a domain rebuilds its KPI aggregates (OPSGRAPH_AGGREGATE_REFRESH_DELAY_MS). */
  aggregateRefreshDelayMs: number;
  /** Generator scale for the embedded dataset. */
  scale: number;
  /** The day the embedded dataset describes, YYYY-MM-DD (OPSGRAPH_AS_OF; default today, UTC). */
  asOf: string;
  /** How often the running graph relays what one domain publishes to another (OPSGRAPH_FEED_INTERVAL_MS). */
  feedIntervalMs: number;
  /** How buyers' and staff's bearer tokens are verified (OPSGRAPH_TOKEN_SECRET, OPSGRAPH_JWKS_URL, OPSGRAPH_TOKEN_*). */
  tokens: TokenSettings;
  /** Derives the gateway's per-subgraph credentials and the service tokens' key (OPSGRAPH_SUBGRAPH_SECRET). */
  subgraphSecret: string;
  /** Things start-up should say once, e.g. that a development secret stands in for an unset one. */
  warnings: string[];
}

const URL_VARIABLES: Record<Domain, string> = {
  erp: 'ERP_DATABASE_URL',
  pim: 'PIM_DATABASE_URL',
  oms: 'OMS_DATABASE_URL',
  ops: 'OPS_DATABASE_URL',
  integration: 'INTEGRATION_DATABASE_URL',
};

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

/**
 * `databases` names the only databases a tier run alone needs (scripts/serve.ts): those must be
 * set and the others are ignored. Without it, all five or none.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { databases?: readonly Domain[] } = {}): Config {
  const wanted = options.databases ?? DOMAINS;
  const databaseUrls: Partial<Record<Domain, string>> = {};
  for (const domain of wanted) {
    const value = env[URL_VARIABLES[domain]];
    if (value) databaseUrls[domain] = value;
  }
  const given = Object.keys(databaseUrls).length;
  const missing = wanted.filter((d) => !databaseUrls[d]).map((d) => URL_VARIABLES[d]);
  if (options.databases && missing.length > 0) {
    throw new ConfigError(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set; this tier runs on ${missing.length === 1 ? 'that database' : 'those databases'}`);
  }
  if (given > 0 && missing.length > 0) {
    throw new ConfigError(
      `set all five database URLs or none (none runs the embedded PGlite databases); missing: ${missing.join(', ')}`,
    );
  }
  const scale = Number(env.OPSGRAPH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 100)) throw new ConfigError(`OPSGRAPH_SCALE must be a number in (0, 100], got "${env.OPSGRAPH_SCALE}"`);
  const asOf = env.OPSGRAPH_AS_OF || todayUtc();
  if (!isCalendarDay(asOf)) throw new ConfigError(`OPSGRAPH_AS_OF must be a calendar day YYYY-MM-DD, e.g. 2026-11-01, got "${asOf}"`);
  const feedIntervalMs = Number(env.OPSGRAPH_FEED_INTERVAL_MS ?? '30000');
  if (!(Number.isInteger(feedIntervalMs) && feedIntervalMs >= 100)) {
    throw new ConfigError(`OPSGRAPH_FEED_INTERVAL_MS must be a whole number of milliseconds, at least 100, got "${env.OPSGRAPH_FEED_INTERVAL_MS}"`);
  }
  const intakeBatchSize = Number(env.OPSGRAPH_INTAKE_BATCH_SIZE ?? '1000');
  if (!(Number.isInteger(intakeBatchSize) && intakeBatchSize >= 1 && intakeBatchSize <= 5000)) {
    throw new ConfigError(`OPSGRAPH_INTAKE_BATCH_SIZE must be a whole number from 1 to 5000, got "${env.OPSGRAPH_INTAKE_BATCH_SIZE}"`);
  }
  const aggregateRefreshDelayMs = Number(env.OPSGRAPH_AGGREGATE_REFRESH_DELAY_MS ?? '10000');
  if (!(Number.isInteger(aggregateRefreshDelayMs) && aggregateRefreshDelayMs >= 0)) {
    throw new ConfigError(`OPSGRAPH_AGGREGATE_REFRESH_DELAY_MS must be a whole number of milliseconds, got "${env.OPSGRAPH_AGGREGATE_REFRESH_DELAY_MS}"`);
  }
  const warnings: string[] = [];
  const { tokens, subgraphSecret } = identityConfig(env, warnings);
  return {
    mode: given === 0 ? 'embedded' : 'postgres',
    databaseUrls,
    dataDir: env.OPSGRAPH_DATA_DIR ?? '.data/embedded',
    host: env.HOST ?? '127.0.0.1',
    gatewayPort: port(env, 'PORT', 4000),
    subgraphPorts: {
      erp: port(env, 'ERP_PORT', 4001),
      pim: port(env, 'PIM_PORT', 4002),
      oms: port(env, 'OMS_PORT', 4003),
      ops: port(env, 'OPS_PORT', 4004),
      integration: port(env, 'INTAKE_PORT', 4005),
    },
    alertWebhookUrl: httpUrl(env, 'OPSGRAPH_ALERT_WEBHOOK_URL'),
    intakeBatchSize,
    aggregateRefreshDelayMs,
    scale,
    asOf,
    feedIntervalMs,
    tokens,
    subgraphSecret,
    warnings,
  };
}
