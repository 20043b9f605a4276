import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, type ASTVisitor, type GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { OperationLimits } from './config.ts';
import { limitExceeded } from './refusal.ts';

type ArmorLimit = 'maxDepth' | 'maxAliases' | 'maxDirectives';

const MEASURED = {
  maxDepth: 'query depth',
  maxAliases: 'alias count',
  maxDirectives: 'directive count',
} as const satisfies Record<ArmorLimit, string>;

/**
 * Reports GraphQL Armor's rejection as this gateway's refusal. Armor puts the count it measured
 * only in its message ("Query depth limit of 10 exceeded, found 15."), so it is read from there;
 * tests/gateway/operation-limits.unit.test.ts fails if a new Armor version words it differently.
 */
function refuseAs(limit: ArmorLimit, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const measured = Number(/found (\d+)/.exec(error.message)?.[1]);
    const what = Number.isNaN(measured) ? `${MEASURED[limit]} over ${maximum}` : `${MEASURED[limit]} ${measured}`;
    context?.reportError(limitExceeded(limit, what, maximum, Number.isNaN(measured) ? {} : { measured }));
  };
}

/**
 * Depth, aliases and directives are GraphQL Armor's validation rules, so they run once per
 * distinct document (Apollo Server caches validated documents) and before any subgraph is called.
 * Depth counts fields only (fragments flattened) and skips introspection's `__schema`, as Apollo
 * Router and Hive Router count it, so the explorer's introspection query passes.
 * Armor's token limit is not used: its Apollo plugin throws from a hook Apollo Server 5 answers
 * with HTTP 500, and it parses every document twice; graphql-js's own parser limit
 * (parseOptions.maxTokens, ./index.ts) stops at the same token without either.
 */
export function armorRules(limits: OperationLimits): ValidationRule[] {
  const rule = (limit: ArmorLimit) => ({
    n: limits[limit],
    propagateOnRejection: false,
    onReject: [refuseAs(limit, limits[limit])],
  });
  const armor = new ApolloArmor({
    maxDepth: { ...rule('maxDepth'), flattenFragments: true, ignoreIntrospection: true },
    maxAliases: rule('maxAliases'),
    maxDirectives: rule('maxDirectives'),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Introspection stays on for analysts' explorers (gateway/server.ts), so "Did you mean"
    // suggestions reveal nothing the schema itself does not, and they help client developers.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/**
 * Fields at the top of each operation, counted through fragments and inline fragments (Apollo
 * Router's MAX_ROOT_FIELDS_LIMIT counts the same way). GraphQL Armor has no such rule.
 */
export function rootFieldsRule(maximum: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = countFields(context, operation.selectionSet, new Set());
      if (count > maximum) {
        context.reportError(limitExceeded('maxRootFields', `root field count ${count}`, maximum, { measured: count }));
      }
    },
  });
}

function countFields(context: ValidationContext, selectionSet: SelectionSetNode, visited: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countFields(context, selection.selectionSet, visited);
    else if (!visited.has(selection.name.value)) {
      // A fragment spread twice at the top selects its fields once; a cycle is another rule's error.
      visited.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countFields(context, fragment.selectionSet, visited);
    }
  }
  return count;
}
