import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { CostModel, ListSize } from './cost-model.ts';

/**
 * An operation's estimated cost under the IBM GraphQL cost directive specification, computed as
 * Apollo Router's demand control estimates an operation against the supergraph:
 * - a mutation starts at 10, a query at 0;
 * - a field costs `count x (weight + its selections) + its arguments + its @requires selection`;
 * - weight: the field's (or its type's) `@cost`, else 1 for an object and 0 for a scalar or enum;
 * - count: 1, or for a list the size a parent's `@listSize(sizedFields:)` gave it, else its own
 *   `@listSize` (the largest slicing argument, defaults included, else `assumedSize`), else the
 *   model's default list size; so page sizes multiply down the tree;
 * - an input object argument costs 1 (plus its fields' `@cost`), other arguments their `@cost`;
 * - `__typename` and introspection cost nothing (the gateway answers them itself), nor does a
 *   field `@skip`ped or not `@include`d.
 * Written here rather than with graphql-query-complexity: its estimators see one field and its
 * children's summed complexity, so a connection's page size cannot reach its `edges` (the spec's
 * sizedFields) and a `@requires` selection cannot be costed.
 */
export function operationCost(
  model: CostModel,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  rawVariables: Record<string, unknown> | undefined,
): number {
  const coerced = getVariableValues(model.schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  // Variables that do not coerce are refused when the operation executes; cost it with defaults.
  const variables = coerced.coerced ?? {};
  const root = model.schema.getRootType(operation.operation);
  if (!root) return 0;
  const costing = new Costing(model, fragments, variables);
  return (operation.operation === 'mutation' ? 10 : 0) + costing.selectionSet(operation.selectionSet, root, undefined);
}

/** A parent's `@listSize` passed down: the size its sized fields (e.g. a connection's `edges`) have. */
interface SizedFields {
  size: number | undefined;
  fields: readonly string[];
}

class Costing {
  constructor(
    private readonly model: CostModel,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selectionSet(selectionSet: SelectionSetNode, parent: GraphQLNamedType, sized: SizedFields | undefined): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, parent, sized);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.model.schema.getType(selection.typeCondition.name.value) : parent;
        cost += this.selectionSet(selection.selectionSet, type ?? parent, sized);
      } else {
        const fragment = this.fragments[selection.name.value];
        const type = fragment && this.model.schema.getType(fragment.typeCondition.name.value);
        if (fragment && type) cost += this.selectionSet(fragment.selectionSet, type, sized);
      }
    }
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLNamedType, sized: SizedFields | undefined): number {
    if (node.name.value.startsWith('__') || this.skipped(node)) return 0;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!definition) return 0;
    const cost = this.model.fieldCost(definition);
    const type = getNamedType(definition.type);
    const fromParent = sized?.fields.includes(node.name.value) ? sized.size : undefined;
    const ownSize = cost.listSize ? this.expectedSize(cost.listSize, node, definition) : undefined;
    const count = isListType(getNullableType(definition.type)) ? (fromParent ?? ownSize ?? this.model.defaultListSize) : 1;
    const weight = cost.weight ?? (isCompositeType(type) ? 1 : 0);
    const childSized = cost.listSize?.sizedFields.length ? { size: ownSize, fields: cost.listSize.sizedFields } : undefined;
    const selections = node.selectionSet ? this.selectionSet(node.selectionSet, type, childSized) : 0;
    const requirements = cost.requires ? this.selectionSet(cost.requires, parent, undefined) : 0;
    return count * (weight + selections) + this.arguments(node, definition) + requirements;
  }

  /** The largest slicing argument given (or defaulted), else the assumed size. */
  private expectedSize(listSize: ListSize, node: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
    const sizes = listSize.slicingArguments
      .map((name) => this.argumentValue(node, definition.args.find((argument) => argument.name === name)))
      .filter((value): value is number => typeof value === 'number');
    return sizes.length > 0 ? Math.max(...sizes) : listSize.assumedSize;
  }

  private argumentValue(node: FieldNode, argument: GraphQLArgument | undefined): unknown {
    if (!argument) return undefined;
    const given = node.arguments?.find((candidate) => candidate.name.value === argument.name);
    const value = given ? valueFromAST(given.value, argument.type, this.variables) : undefined;
    return value ?? argument.defaultValue;
  }

  private arguments(node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    let cost = 0;
    for (const given of node.arguments ?? []) {
      const argument = definition.args.find((candidate) => candidate.name === given.name.value);
      if (argument) cost += this.inputCost(valueFromAST(given.value, argument.type, this.variables), argument.type, this.model.argumentWeight(argument));
    }
    return cost;
  }

  private inputCost(value: unknown, type: GraphQLInputType, weight: number | undefined): number {
    if (value === null || value === undefined) return 0;
    const named = getNamedType(type);
    if (Array.isArray(value)) return (weight ?? 0) + value.reduce((sum: number, item) => sum + this.inputCost(item, named, weight), 0);
    if (!isInputObjectType(named)) return weight ?? 0;
    const fields = named.getFields();
    let cost = weight ?? 1;
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) cost += this.inputCost(fieldValue, field.type, this.model.argumentWeight(field));
    }
    return cost;
  }

  private skipped(node: FieldNode): boolean {
    return (
      getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.if === true ||
      getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.if === false
    );
  }
}
