import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, Lexer, Source, TokenKind, parse, validate, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './cost.ts';
import type { CostModel } from './cost-model.ts';
import { rootFieldsRule } from './operation-rules.ts';

/** What the operation limits measure of one operation, to compare with the limits. */
export interface OperationMeasures {
  depth: number;
  aliases: number;
  rootFields: number;
  directives: number;
  /** Tokens of the whole document sent (every operation and fragment in it). */
  tokens: number;
  cost: number;
}

/**
 * Measures an operation as the gateway's limits do (the same GraphQL Armor counters, with the
 * same options, and the same cost), for scripts/limits-report.ts and the test that every shipped
 * operation stays well inside the defaults.
 */
export function measureOperation(model: CostModel, source: string, operationName?: string, variables?: Record<string, unknown>): OperationMeasures {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || definition.name?.value === operationName),
  );
  if (!operation) throw new Error(`no operation ${operationName ?? ''} in the document`);
  const alone: DocumentNode = { ...document, definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION) };
  const counted: Partial<Record<'depth' | 'aliases' | 'directives', number>> = {};
  const record = (key: keyof typeof counted) => [(_: unknown, details: { n: number }) => void (counted[key] = details.n)];
  const armor = new ApolloArmor({
    maxDepth: { n: Infinity, flattenFragments: true, ignoreIntrospection: true, onAccept: record('depth') },
    maxAliases: { n: Infinity, onAccept: record('aliases') },
    maxDirectives: { n: Infinity, onAccept: record('directives') },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  let rootFields = 0;
  const errors = validate(model.schema, alone, [...armor.protect().validationRules, rootFieldsRule(0)]);
  for (const error of errors) rootFields = Math.max(rootFields, Number(error.extensions.measured ?? 0));
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return {
    depth: counted.depth ?? 0,
    aliases: counted.aliases ?? 0,
    rootFields,
    directives: counted.directives ?? 0,
    tokens: tokenCount(source),
    cost: operationCost(model, operation, fragments, variables),
  };
}

/** Tokens as graphql-js's parser counts them for parseOptions.maxTokens. */
export function tokenCount(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}
