import { gatewayCredential, GATEWAY_CREDENTIAL_HEADER, signServiceToken } from './subgraph-trust.ts';

/**
 * One domain asking another to do what only the other may do: the integration intake hands events to the
 * ERP and OMS to apply, and asks the OMS to open exceptions. The call goes straight to the other
 * subgraph (its mutations for this are @inaccessible, so the gateway never exposes them) with
 * what the gateway would send, both derived from the shared subgraph secret: that subgraph's
 * credential, and a service token addressed to it alone, so the receiver sees a staff principal
 * named for the service (`service:<name>`).
 */
export interface PeerCaller {
  call<Data>(domain: string, query: string, variables?: Record<string, unknown>): Promise<Data>;
}

export class PeerCallError extends Error {
  override name = 'PeerCallError';
}

export function peerCaller(urls: Partial<Record<string, string>>, subgraphSecret: string, service: string): PeerCaller {
  return {
    async call<Data>(domain: string, query: string, variables?: Record<string, unknown>): Promise<Data> {
      const url = urls[domain];
      if (!url) throw new PeerCallError(`no URL for the ${domain} subgraph`);
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [GATEWAY_CREDENTIAL_HEADER]: gatewayCredential(subgraphSecret, domain),
            authorization: `Bearer ${signServiceToken(subgraphSecret, service, domain)}`,
          },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        throw new PeerCallError(`the ${domain} subgraph at ${url} is unreachable: ${(error as Error).message}`);
      }
      const text = await response.text();
      let body: { data?: Data | null; errors?: { message: string }[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw new PeerCallError(`the ${domain} subgraph answered HTTP ${response.status} with something other than JSON`);
      }
      if (body.errors?.length || !body.data) {
        throw new PeerCallError(`the ${domain} subgraph refused: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`}`);
      }
      return body.data;
    },
  };
}
