import net, { type AddressInfo } from 'node:net';
import { INTAKE_SERVICE } from '../../app/subgraph-tier.ts';
import { peerCaller, type PeerCaller } from '../../lib/peers.ts';
import { TEST_SUBGRAPH_SECRET } from '../../lib/testing/identity.ts';

/**
 * The intake's real peer caller, signed as the stack signs it (app/subgraph-tier.ts) with the
 * secret test subgraphs check.
 */
export function intakePeers(urls: { erp: string; oms: string }): PeerCaller {
  return peerCaller(urls, TEST_SUBGRAPH_SECRET, INTAKE_SERVICE);
}

/**
 * A GraphQL URL on this host where nothing listens: a port the system hands out free, let go again.
 * Not port 1: fetch refuses the Fetch standard's blocked ports ("bad port") without connecting.
 */
export async function closedPortUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return `http://127.0.0.1:${port}/graphql`;
}
