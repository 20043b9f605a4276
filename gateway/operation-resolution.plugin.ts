import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/**
 * Refuses with HTTP 400 a request whose document does not say which operation to run: an
 * `operationName` the document does not define, or several operations and no name. Apollo Server
 * leaves that to the executor, and @apollo/gateway's executor throws, which Apollo Server answers
 * with HTTP 500 as if the gateway had failed. The message lists the operations the caller can name.
 * A subscription, which graphql-js 16 validates on a schema without subscriptions, fails the same
 * way in the gateway's planner, so it is refused here too.
 */
export function operationResolutionPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (operation) {
            if (!schema.getRootType(operation.operation)) throw refusal(`this graph has no ${operation.operation} operations; it answers queries and mutations`);
            return;
          }
          const names = document.definitions.flatMap((definition) =>
            definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(unnamed)'] : [],
          );
          const defined = names.length > 0 ? `the document defines ${names.map((name) => `"${name}"`).join(', ')}` : 'the document defines no operation';
          const problem = request.operationName
            ? `operationName "${request.operationName}" names no operation in the document; ${defined}`
            : `the document holds several operations; pass operationName to say which to run (${defined})`;
          throw refusal(problem);
        },
      };
    },
  };
}

const refusal = (problem: string) => new GraphQLError(problem, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
