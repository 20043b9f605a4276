import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLError } from 'graphql';
import type { OperationLimits } from './config.ts';
import { formattedRefusal, limitExceeded } from './refusal.ts';
import { answerBytes, SubgraphAnswerTooLarge } from '../subgraph-fetcher.ts';

/**
 * What one request has spent of its subgraph budget: fetches made and bytes the subgraphs
 * answered. Once over either limit the request is refused: later fetches are not made, and the
 * answer becomes the refusal alone (HTTP 400), since a partial answer would hide what was cut.
 */
class RequestBudget {
  private fetches = 0;
  private bytes = 0;
  refusal: GraphQLError | null = null;

  constructor(private readonly limits: OperationLimits) {}

  /** Called before each subgraph fetch; throws once the request is refused. */
  beforeFetch(): void {
    this.fetches += 1;
    if (!this.refusal && this.fetches > this.limits.maxSubgraphFetches) {
      this.refusal = limitExceeded('maxSubgraphFetches', `subgraph fetch count ${this.fetches}`, this.limits.maxSubgraphFetches, {
        measured: this.fetches,
      });
    }
    if (this.refusal) throw this.refusal;
  }

  received(bytes: number): void {
    this.bytes += bytes;
    if (!this.refusal && this.bytes > this.limits.maxResponseBytes) {
      this.refusal = limitExceeded('maxResponseBytes', `the subgraph answers' total of ${this.bytes} bytes`, `${this.limits.maxResponseBytes} bytes`, {
        measured: this.bytes,
      });
    }
    if (this.refusal) throw this.refusal;
  }
}

/** Budgets by request context: the gateway hands data sources the same context object Apollo Server built. */
export interface RequestBudgets {
  plugin: ApolloServerPlugin<BaseContext>;
  /** Wraps a subgraph's data source so its fetches are counted against the request's budget. */
  guard<Source extends GraphQLDataSource<Record<string, any>>>(source: Source): Source;
}

export function requestBudgets(limits: OperationLimits): RequestBudgets {
  const budgets = new WeakMap<object, RequestBudget>();
  return {
    plugin: {
      async requestDidStart({ contextValue }) {
        const budget = new RequestBudget(limits);
        budgets.set(contextValue, budget);
        return {
          async willSendResponse({ response }) {
            if (!budget.refusal) return;
            response.body = { kind: 'single', singleResult: { errors: [formattedRefusal(budget.refusal)] } };
            response.http.status = 400;
          },
        };
      },
    },
    guard(source) {
      const process = source.process.bind(source);
      source.process = async (options: GraphQLDataSourceProcessOptions<Record<string, any>>) => {
        // Health checks and schema loading carry no request context, hence no budget.
        const budget = budgets.get(options.context);
        budget?.beforeFetch();
        try {
          const response = await process(options);
          budget?.received(answerBytes(response.http));
          return response;
        } catch (error) {
          if (error instanceof SubgraphAnswerTooLarge) budget?.received(error.bytes);
          throw error;
        }
      };
      return source;
    },
  };
}
