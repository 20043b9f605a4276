import { writeFileSync } from 'node:fs';
import { DEFAULT_SEED, GENERATOR_VERSION, PINNED_AS_OF } from './config.ts';
import { generateDataset } from './dataset.ts';
import { measureCommercial } from './rates/measure-commercial.ts';
import { measureExecution } from './rates/measure-execution.ts';
import type { RateLine } from './rates/measure-helpers.ts';

/**
 * Regenerates seed/RATES.md: every irregularity's configured rate (read from config.ts) next to
 * the rate measured from the rows generated at scale 1. Run: npx tsx seed/measure-rates.ts
 */
const started = performance.now();
const dataset = generateDataset({ seed: DEFAULT_SEED, scale: 1, asOf: PINNED_AS_OF });
const lines: RateLine[] = [...measureExecution(dataset), ...measureCommercial(dataset)];
const cell = (text: string) => text.replaceAll('|', '\\|');
const counts = (['erp', 'pim', 'oms'] as const).flatMap((domain) =>
  Object.entries(dataset[domain]).map(([table, rows]) => `| ${domain} | ${table} | ${(rows as unknown[]).length.toLocaleString('en-US')} |`),
);

const markdown = `# Demo dataset: irregularities and their rates

The generator plants the playbook's margin leaks at documented rates. "Configured" is read from
\`seed/config.ts\` (\`RATES\`), the one place the rates live; "measured" is computed from the rows
generated at scale 1 (seed ${DEFAULT_SEED}, generator version ${GENERATOR_VERSION}, as of ${PINNED_AS_OF}T23:59:59Z)
by \`seed/rates/\`, using only the generated tables. Regenerate this file with
\`npx tsx seed/measure-rates.ts\` after changing a rate. The as-of is pinned here (a Sunday: 52
complete ISO weeks of history); a dataset for another as-of (by default the day it is generated)
plants the same rates over its own 52 weeks, plus the days of its as-of week so far when that
week is not over.

| Irregularity | Configured | Measured at scale 1 | KPI it feeds |
| --- | --- | --- | --- |
${lines.map((line) => `| ${cell(line.irregularity)} | ${cell(line.configured)} | ${cell(line.measured)} | ${cell(line.kpi)} |`).join('\n')}

## How the measured numbers are defined
- Supplier lateness: a received PO line is late when its first receipt is after the supplier
  commit date; "habitually late" is found from the data as suppliers late on at least 25% of lines.
- Short ships: \`short_ship\` exceptions over the lines of orders that shipped something. The
  missing units are cancelled on the line (not backordered).
- Backorders: a line counts when \`backordered_since\` is set (it was backordered at some point);
  \`backordered_quantity\` is only the part still open at the as-of instant.
- Customer cancellations: whole orders cancelled by the customer; orders whose only open quantity
  was a backorder the customer then cancelled are counted separately.
- Pick/pack misses: shipments packed after their \`ship_by\` cutoff over packed shipments.
- Quote conversion: quotes issued at least 30 days before the as-of instant, so every one of them
  has had its full validity window.
- Forecast bias: sum(forecast - actual) / sum(actual) over the 52 weeks, actual = units ordered.

## Row counts at scale 1

| Domain | Table | Rows |
| --- | --- | --- |
${counts.join('\n')}
`;

writeFileSync(new URL('./RATES.md', import.meta.url), markdown);
console.log(`wrote seed/RATES.md in ${((performance.now() - started) / 1000).toFixed(1)} s`);
