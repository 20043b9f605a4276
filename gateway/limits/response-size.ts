import type { ApolloServer, BaseContext } from '@apollo/server';
import { formattedRefusal, limitExceeded } from './refusal.ts';

/** The part of Apollo Server the HTTP front (lib/http.ts) calls. */
export type GraphQLHttpHandler<Context extends BaseContext> = Pick<ApolloServer<Context>, 'executeHTTPGraphQLRequest'>;

/**
 * Refuses an answer longer than `maxBytes` once Apollo Server has written it: HTTP 400 with the
 * refusal in place of the data. The subgraph answers a request gathers are capped earlier, while
 * they arrive (./request-budget.ts); this catches an answer the gateway itself made longer, e.g.
 * one entity fetched once and repeated under many parents.
 */
export function capResponseSize<Context extends BaseContext>(apollo: GraphQLHttpHandler<Context>, maxBytes: number): GraphQLHttpHandler<Context> {
  return {
    async executeHTTPGraphQLRequest(request) {
      const response = await apollo.executeHTTPGraphQLRequest(request);
      // A refusal or other error answer is short by construction and must reach the client as it is.
      if (response.body.kind !== 'complete' || (response.status ?? 200) >= 400) return response;
      const bytes = Buffer.byteLength(response.body.string);
      if (bytes <= maxBytes) return response;
      const refusal = limitExceeded('maxResponseBytes', `a response of ${bytes} bytes`, `${maxBytes} bytes`, { measured: bytes });
      return {
        status: 400,
        headers: response.headers,
        body: { kind: 'complete', string: JSON.stringify({ errors: [formattedRefusal(refusal)] }) },
      };
    },
  };
}
