import { exactStockAudience, type ExactStockAudience } from '../../lib/access.ts';
import { disclosureConfig, type DisclosureConfig } from './rules/disclosure.rules.ts';

/**
 * The storefront's disclosure settings, read once from the environment:
 * - OPSGRAPH_LOW_STOCK_UNITS: fewer available units than this is LOW_STOCK (default 10);
 * - OPSGRAPH_LOW_STOCK_BY_FAMILY: per-family thresholds as JSON, e.g. {"cable":200};
 * - OPSGRAPH_EXACT_STOCK_FOR: who sees exact quantities: "buyers" (signed-in buyers and staff,
 *   the default) or "staff" (buyers see bands too). Anonymous visitors always see bands. The ERP
 *   reads the same variable (lib/access.ts), so both draw the line at the same caller.
 * A bad value stops the subgraph at start with a message naming the variable.
 */
export interface StorefrontConfig {
  disclosure: DisclosureConfig;
  exactFor: ExactStockAudience;
}

export function storefrontConfig(env: NodeJS.ProcessEnv = process.env): StorefrontConfig {
  const overrides: Partial<DisclosureConfig> = {};
  if (env.OPSGRAPH_LOW_STOCK_UNITS) overrides.lowStockThreshold = Number(env.OPSGRAPH_LOW_STOCK_UNITS);
  if (env.OPSGRAPH_LOW_STOCK_BY_FAMILY) overrides.familyLowStockThresholds = parseFamilies(env.OPSGRAPH_LOW_STOCK_BY_FAMILY);
  let disclosure: DisclosureConfig;
  try {
    disclosure = disclosureConfig(overrides);
  } catch (error) {
    throw new Error(`OPSGRAPH_LOW_STOCK_UNITS / OPSGRAPH_LOW_STOCK_BY_FAMILY: ${(error as Error).message}`);
  }
  return { disclosure, exactFor: exactStockAudience(env) };
}

/** The settings this process serves with, read once at start. */
export const STOREFRONT_CONFIG: StorefrontConfig = storefrontConfig();

function parseFamilies(raw: string): Record<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`OPSGRAPH_LOW_STOCK_BY_FAMILY must be a JSON object of family -> units, got ${raw}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`OPSGRAPH_LOW_STOCK_BY_FAMILY must be a JSON object of family -> units, got ${raw}`);
  }
  return parsed as Record<string, number>;
}
