import { GraphQLError, getNamedType, isScalarType, type ASTVisitor, type ValidationContext, type ValueNode } from 'graphql';
import { scalarResolvers } from '../lib/scalars.ts';

/**
 * The gateway's copy of the schema treats custom scalars as opaque, so a malformed literal such
 * as `placedFrom: "2026-13-40"` would only be caught by a subgraph, whose message cannot name the
 * argument. This rule checks Date, DateTime and Decimal literals at the gateway against the same
 * parsers the subgraphs use and names the argument (`filter.placedFrom`) in a BAD_USER_INPUT error.
 * Variables are checked by the subgraph's own variable coercion, whose message names the variable.
 */
const PARSERS: Record<string, (ast: ValueNode) => unknown> = Object.fromEntries(
  Object.entries(scalarResolvers).map(([name, scalar]) => [name, (ast: ValueNode) => scalar.parseLiteral(ast)]),
);

export function scalarLiteralsRule(context: ValidationContext): ASTVisitor {
  const fieldPath: string[] = [];
  const check = (node: ValueNode) => {
    const type = getNamedType(context.getInputType());
    const parse = type && isScalarType(type) ? PARSERS[type.name] : undefined;
    if (!parse) return;
    try {
      parse(node);
    } catch (error) {
      const argument = [context.getArgument()?.name ?? '?', ...fieldPath].join('.');
      context.reportError(
        new GraphQLError(`Argument "${argument}" ${(error as Error).message.replace(/^\w+ cannot represent/, 'cannot take')}`, {
          nodes: [node],
          extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
        }),
      );
    }
  };
  return {
    ObjectField: { enter: (node) => void fieldPath.push(node.name.value), leave: () => void fieldPath.pop() },
    Argument: { enter: () => void (fieldPath.length = 0) },
    StringValue: check,
    IntValue: check,
    FloatValue: check,
    BooleanValue: check,
  };
}

/** Apollo Server files every validation failure under GRAPHQL_VALIDATION_FAILED; keep ours as bad input. */
export function isBadScalarLiteral(error: unknown): boolean {
  const original = (error as { originalError?: unknown })?.originalError;
  return original instanceof GraphQLError && original.extensions?.code === 'BAD_USER_INPUT';
}
