import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type ValidationRule } from 'graphql';
import type { OperationLimits } from './config.ts';
import { operationCost } from './cost.ts';
import { costModelOf } from './cost-model.ts';
import { armorRules, rootFieldsRule } from './operation-rules.ts';
import { rateLimiter, type Caller } from './rate-limit.ts';
import { formatLimitRefusal, limitExceeded } from './refusal.ts';
import { requestBudgets, type RequestBudgets } from './request-budget.ts';
import { capResponseSize, type GraphQLHttpHandler } from './response-size.ts';

export { DEFAULT_LIMITS, limitsFromEnvironment, type OperationLimits } from './config.ts';
export { LIMIT_CODES } from './refusal.ts';

/**
 * The size assumed for a list whose field has no `@listSize`, as compiled routers' `list_size`
 * setting; docs/limits.md gives the router settings that match.
 */
export const DEFAULT_LIST_SIZE = 10;

/** Everything the gateway wires in to refuse a request over a limit, in the order a request meets them. */
export interface GatewayLimits {
  /** While the request context is built, after the token is verified: the per-caller rate limit. */
  admit(caller: Caller): Promise<void>;
  /** Apollo Server's parser options: graphql-js stops parsing at the first token over the limit. */
  parseOptions: { maxTokens: number };
  /** Depth, aliases, directives (GraphQL Armor) and root fields, with the other validation rules. */
  validationRules: ValidationRule[];
  /** The cost, once the operation is chosen and its variables known; the fetch and byte budget. */
  plugins: ApolloServerPlugin<BaseContext>[];
  /** Counts a subgraph's fetches and answer bytes against the request's budget. */
  guard: RequestBudgets['guard'];
  /** The cap on one subgraph answer, for the fetcher. */
  maxAnswerBytes: number;
  /** The cap on the gateway's own answer, around Apollo Server's HTTP handler. */
  capResponses<Context extends BaseContext>(apollo: GraphQLHttpHandler<Context>): GraphQLHttpHandler<Context>;
  /** Gives a refusal its own code and message back from Apollo Server's generic ones; null otherwise. */
  formatRefusal: typeof formatLimitRefusal;
}

export function gatewayLimits(limits: OperationLimits, supergraphSdl: string): GatewayLimits {
  const model = costModelOf(supergraphSdl, DEFAULT_LIST_SIZE);
  const budgets = requestBudgets(limits);
  const fragmentsOf = new WeakMap<object, Record<string, FragmentDefinitionNode>>();
  const costPlugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          let fragments = fragmentsOf.get(document);
          if (!fragments) {
            fragments = Object.fromEntries(
              document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
            );
            fragmentsOf.set(document, fragments);
          }
          const cost = operationCost(model, operation, fragments, request.variables);
          if (cost > limits.maxCost) throw limitExceeded('maxCost', `estimated cost ${cost}`, limits.maxCost, { measured: cost });
        },
      };
    },
  };
  return {
    admit: rateLimiter(limits.rateLimit),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...armorRules(limits), rootFieldsRule(limits.maxRootFields)],
    plugins: [costPlugin, budgets.plugin],
    guard: budgets.guard,
    maxAnswerBytes: limits.maxResponseBytes,
    capResponses: (apollo) => capResponseSize(apollo, limits.maxResponseBytes),
    formatRefusal: formatLimitRefusal,
  };
}
