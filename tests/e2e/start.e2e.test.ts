import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../../lib/testing/graphql.ts';

/**
 * Starts the graph exactly as `npm start` does (scripts/start.ts, no database URLs: embedded
 * PGlite), at a small generator scale so the test stays quick, and queries it over HTTP.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'opsgraph-embedded-'));
const children: ChildProcess[] = [];

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; ready: Promise<string>; exited: Promise<number | null> } {
  const cleanEnv = { ...process.env };
  for (const name of ['ERP_DATABASE_URL', 'PIM_DATABASE_URL', 'OMS_DATABASE_URL', 'OPS_DATABASE_URL', 'INTEGRATION_DATABASE_URL']) delete cleanEnv[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...cleanEnv, PORT: '0', ERP_PORT: '0', PIM_PORT: '0', OMS_PORT: '0', OPS_PORT: '0', INTAKE_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /gateway ready at (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, ready, exited };
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const PRODUCTS = `{
  products(first: 5) {
    totalCount
    edges { node { sku name itemMaster { velocityTier } networkOnHand networkOnHold networkSafetyStock
      inventory { onHand } allocatedQuantity availableQuantity } }
  }
}`;

describe('npm start with no configuration', () => {
  it('generates the embedded dataset once, serves one graph over all three domains, and reuses the data on the next start', async () => {
    const first = start({ OPSGRAPH_DATA_DIR: dataDir, OPSGRAPH_SCALE: '0.02' });
    const url = await first.ready;
    expect(first.output()).toMatch(/generating the demo dataset/);
    const response = await postGraphQL<{ products: { totalCount: number; edges: { node: Record<string, any> }[] } }>(url, PRODUCTS);
    expect(response.errors).toBeUndefined();
    expect(response.data!.products.totalCount).toBeGreaterThan(0);
    for (const { node } of response.data!.products.edges) {
      // PIM's product, ERP's item master and stock, OMS's allocations agree on one sku
      expect(node.itemMaster.velocityTier).toMatch(/^[ABC]$/);
      const branchSum = node.inventory.reduce((sum: number, p: { onHand: number }) => sum + p.onHand, 0);
      expect(node.networkOnHand).toBe(branchSum);
      expect(node.availableQuantity).toBe(node.networkOnHand - node.allocatedQuantity - node.networkOnHold - node.networkSafetyStock);
    }
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = start({ OPSGRAPH_DATA_DIR: dataDir, OPSGRAPH_SCALE: '0.02' });
    const url2 = await second.ready;
    expect(second.output()).toMatch(/using the existing embedded dataset/);
    expect(second.output()).not.toMatch(/generating/);
    const again = await postGraphQL<{ products: { totalCount: number } }>(url2, PRODUCTS);
    expect(again.data!.products.totalCount).toBe(response.data!.products.totalCount);
    second.child.kill('SIGTERM');
    await second.exited;
  }, 240_000);

  it('exits with one clear message when a configured database cannot be reached', async () => {
    const unreachable = 'postgres://postgres@127.0.0.1:1/opsgraph';
    const run = start({
      ERP_DATABASE_URL: unreachable, PIM_DATABASE_URL: unreachable, OMS_DATABASE_URL: unreachable, OPS_DATABASE_URL: unreachable,
      INTEGRATION_DATABASE_URL: unreachable,
    });
    run.ready.catch(() => undefined);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/opsgraph: cannot reach the ERP database at postgres:\/\/postgres@127\.0\.0\.1:1\/opsgraph: .*ECONNREFUSED/);
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('refuses half a configuration, naming the missing variables', async () => {
    const run = start({ ERP_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' });
    run.ready.catch(() => undefined);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/missing: PIM_DATABASE_URL, OMS_DATABASE_URL, OPS_DATABASE_URL, INTEGRATION_DATABASE_URL/);
  });
});
