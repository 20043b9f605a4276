import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../../lib/testing/graphql.ts';
import { gatewayHeadersFor, TEST_STAFF, TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';

/**
 * Starts the graph exactly as `npm start` does (scripts/start.ts, no database URLs: embedded
 * PGlite), at a small generator scale so the test stays quick, and queries it over HTTP. The
 * as-of day is pinned (OPSGRAPH_AS_OF), else a run across midnight UTC would regenerate.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'opsgraph-embedded-'));
const children: ChildProcess[] = [];
// Generating the embedded dataset takes about two minutes while the suite's other files share the 2 cores.
const GENERATION_TIMEOUT_MS = 360_000;

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
      inventory { onHand } allocatedQuantity availableQuantity availability { network { band available } } } }
  }
}`;
// Stock figures are for signed-in callers: the test signs a staff token with a secret it gives the graph.
const STAFF = gatewayHeadersFor(TEST_STAFF);

const AS_OF_PROMISE = `query($sku: ID!, $branch: ID!) {
  product(sku: $sku) { availability { asOf } promise(quantity: 1, branchCode: $branch) { asOf deliveryDate { p50 } } }
}`;

/** A product's stock and delivery promise, as of the dataset's as-of instant. */
async function promiseOf(url: string, sku: string) {
  const stocked = await postGraphQL<{ product: { inventory: { branch: { code: string } }[] } }>(url, `{ product(sku: "${sku}") { inventory { branch { code } } } }`);
  const branch = stocked.data!.product.inventory[0]!.branch.code;
  const response = await postGraphQL<{ product: { availability: { asOf: string }; promise: { asOf: string; deliveryDate: { p50: string } } } }>(url, AS_OF_PROMISE, { sku, branch });
  expect(response.errors).toBeUndefined();
  return response.data!.product;
}

describe('npm start with no configuration', () => {
  it('generates the embedded dataset once, serves one graph over all three domains, and reuses the data on the next start', async () => {
    const first = start({ OPSGRAPH_DATA_DIR: dataDir, OPSGRAPH_SCALE: '0.02', OPSGRAPH_AS_OF: '2026-11-01', OPSGRAPH_TOKEN_SECRET: TEST_TOKEN_SECRET });
    const url = await first.ready;
    expect(first.output()).toMatch(/generating the demo dataset/);
    const response = await postGraphQL<{ products: { totalCount: number; edges: { node: Record<string, any> }[] } }>(url, PRODUCTS, undefined, STAFF);
    expect(response.errors).toBeUndefined();
    expect(response.data!.products.totalCount).toBeGreaterThan(0);
    for (const { node } of response.data!.products.edges) {
      // PIM's product, ERP's item master and stock, OMS's allocations agree on one sku
      expect(node.itemMaster.velocityTier).toMatch(/^[ABC]$/);
      const branchSum = node.inventory.reduce((sum: number, p: { onHand: number }) => sum + p.onHand, 0);
      expect(node.networkOnHand).toBe(branchSum);
      expect(node.availableQuantity).toBe(node.networkOnHand - node.allocatedQuantity - node.networkOnHold - node.networkSafetyStock);
    }
    // The same page for an anonymous visitor: the bands, and no figure anywhere.
    const anonymous = await postGraphQL<typeof response.data>(url, PRODUCTS);
    expect(anonymous.errors).toBeUndefined();
    anonymous.data!.products.edges.forEach(({ node }, i) => {
      expect(node.availability.network.band).toBe(response.data!.products.edges[i]!.node.availability.network.band);
      expect([node.networkOnHand, node.networkOnHold, node.networkSafetyStock, node.allocatedQuantity, node.availableQuantity, node.availability.network.available])
        .toEqual([null, null, null, null, null, null]);
      for (const position of node.inventory) expect(position.onHand).toBeNull();
    });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = start({ OPSGRAPH_DATA_DIR: dataDir, OPSGRAPH_SCALE: '0.02', OPSGRAPH_AS_OF: '2026-11-01' });
    const url2 = await second.ready;
    expect(second.output()).toMatch(/using the existing embedded dataset/);
    expect(second.output()).not.toMatch(/generating/);
    const again = await postGraphQL<{ products: { totalCount: number } }>(url2, PRODUCTS);
    expect(again.data!.products.totalCount).toBe(response.data!.products.totalCount);
    const sku = response.data!.products.edges[0]!.node.sku as string;
    expect((await promiseOf(url2, sku)).availability.asOf).toBe('2026-11-01T23:59:59.000Z');
    second.child.kill('SIGTERM');
    await second.exited;
  }, GENERATION_TIMEOUT_MS);

  it('generates the dataset again, saying why, when the as-of day is no longer the stored one', async () => {
    // The data directory the previous test filled holds a dataset as of 2026-11-01.
    const later = start({ OPSGRAPH_DATA_DIR: dataDir, OPSGRAPH_SCALE: '0.02', OPSGRAPH_AS_OF: '2026-12-07' });
    const url = await later.ready;
    const reasons = later.output().split('\n').filter((line) => line.includes('generating the demo dataset'));
    expect(reasons).toEqual([expect.stringContaining(
      'generating the demo dataset (scale 0.02, as of 2026-12-07) because the stored one is as of 2026-11-01 (OPSGRAPH_AS_OF keeps a day; the default is today)',
    )]);
    const products = await postGraphQL<{ products: { edges: { node: { sku: string } }[] } }>(url, '{ products(first: 1) { edges { node { sku } } } }');
    const product = await promiseOf(url, products.data!.products.edges[0]!.node.sku);
    expect(product.availability.asOf).toBe('2026-12-07T23:59:59.000Z');
    expect(product.promise.asOf).toBe('2026-12-07T23:59:59.000Z');
    expect(product.promise.deliveryDate.p50 > '2026-12-07').toBe(true);
    later.child.kill('SIGTERM');
    expect(await later.exited).toBe(0);
  }, GENERATION_TIMEOUT_MS);

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

  it('refuses to start in production mode on the development subgraph secret, in one line naming the variable', async () => {
    // The databases cannot be reached: a start that got past the secrets would fail on them instead.
    const unreachable = 'postgres://postgres@127.0.0.1:1/opsgraph';
    const run = start({
      NODE_ENV: 'production', OPSGRAPH_TOKEN_SECRET: 'a-production-token-secret-of-32-bytes!', OPSGRAPH_SUBGRAPH_SECRET: '', OPSGRAPH_JWKS_URL: '',
      ERP_DATABASE_URL: unreachable, PIM_DATABASE_URL: unreachable, OMS_DATABASE_URL: unreachable, OPS_DATABASE_URL: unreachable,
      INTEGRATION_DATABASE_URL: unreachable,
    });
    run.ready.catch(() => undefined);
    expect(await run.exited).toBe(1);
    expect(run.output()).toBe('opsgraph: set OPSGRAPH_SUBGRAPH_SECRET: production mode does not run on the development subgraph secret\n');
  });

  it('refuses half a configuration, naming the missing variables', async () => {
    const run = start({ ERP_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' });
    run.ready.catch(() => undefined);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/missing: PIM_DATABASE_URL, OMS_DATABASE_URL, OPS_DATABASE_URL, INTEGRATION_DATABASE_URL/);
  });
});
