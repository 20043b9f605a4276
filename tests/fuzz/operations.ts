import {
  astFromValue,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationTypeNode,
  parseType,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { Random } from './random.ts';
import { validValue } from './values.ts';

/** A generated operation: the document and the variables it declares. */
export interface Operation {
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface OperationShape {
  /** Field levels below the root, edges and node included. Kept small: no operation limits exist yet. */
  maxDepth: number;
  mutation: boolean;
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

/**
 * Builds a valid operation on the client schema: a few root fields with arguments of the right
 * types (as literals or variables), random sub-selections nested to `maxDepth`, aliases, inline
 * fragments, named fragments and @include/@skip. Every choice comes from `random`.
 */
export function validOperation(schema: GraphQLSchema, random: Random, shape: OperationShape): Operation {
  return new OperationBuilder(schema, random, shape.maxDepth).build(shape.mutation);
}

class OperationBuilder {
  private readonly variables: Record<string, unknown> = {};
  private readonly variableDefinitions: VariableDefinitionNode[] = [];
  private readonly fragments: FragmentDefinitionNode[] = [];
  private counter = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly maxDepth: number,
  ) {}

  build(mutation: boolean): Operation {
    const root = (mutation ? this.schema.getMutationType() : this.schema.getQueryType())!;
    const fields = Object.values(root.getFields());
    const chosen = mutation ? [this.random.pick(fields)] : this.random.some(fields, this.random.int(1, 3));
    const selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: chosen.map((field) => this.field(field, 1)) };
    const operationName = this.random.chance(0.5) ? `Fuzz${this.random.int(1, 999)}` : undefined;
    const operation = {
      kind: Kind.OPERATION_DEFINITION,
      operation: mutation ? OperationTypeNode.MUTATION : OperationTypeNode.QUERY,
      name: operationName ? name(operationName) : undefined,
      variableDefinitions: this.variableDefinitions,
      selectionSet,
    } as const;
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...this.fragments] };
    return { document, variables: this.variables, operationName: operationName && this.random.chance(0.5) ? operationName : undefined };
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): FieldNode {
    const named = getNamedType(field.type);
    const alias = this.random.chance(0.15) ? name(`${field.name}${++this.counter}`) : undefined;
    return {
      kind: Kind.FIELD,
      alias,
      name: name(field.name),
      arguments: field.args.flatMap((argument) => this.argument(argument)),
      directives: this.random.chance(0.05) ? [this.conditional()] : [],
      selectionSet: isObjectType(named) ? this.selectionSet(named, depth + 1) : undefined,
    };
  }

  private argument(argument: GraphQLArgument): ArgumentNode[] {
    if (!isNonNullType(argument.type) && !this.random.chance(0.5)) return [];
    const value = validValue(this.random, argument.type, argument.name);
    if (this.random.chance(0.35)) {
      const variable = `v${++this.counter}`;
      this.variables[variable] = value;
      this.variableDefinitions.push({
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: name(variable) },
        type: parseType(String(argument.type)),
      });
      return [{ kind: Kind.ARGUMENT, name: name(argument.name), value: { kind: Kind.VARIABLE, name: name(variable) } }];
    }
    const literal = astFromValue(value, argument.type);
    return literal ? [{ kind: Kind.ARGUMENT, name: name(argument.name), value: literal }] : [];
  }

  private conditional(): DirectiveNode {
    return {
      kind: Kind.DIRECTIVE,
      name: name(this.random.chance(0.5) ? 'include' : 'skip'),
      arguments: [{ kind: Kind.ARGUMENT, name: name('if'), value: { kind: Kind.BOOLEAN, value: this.random.chance(0.5) } }],
    };
  }

  /** A few of the type's fields; only leaves at the depth limit, so the nesting stays bounded. */
  private selectionSet(type: GraphQLObjectType, depth: number): SelectionSetNode {
    const all = Object.values(type.getFields());
    const leaves = all.filter((field) => isLeafType(getNamedType(field.type)));
    const pool = depth >= this.maxDepth && leaves.length > 0 ? leaves : all;
    const fields = this.random.some(pool, this.random.int(1, 4)).map((field) => this.field(field, depth));
    const selections: SelectionNode[] = this.random.chance(0.1) ? [...fields, { kind: Kind.FIELD, name: name('__typename') }] : fields;
    const roll = this.random.next();
    if (roll < 0.1) return { kind: Kind.SELECTION_SET, selections: [this.inlineFragment(type, selections)] };
    if (roll < 0.2) return { kind: Kind.SELECTION_SET, selections: [this.fragmentSpread(type, selections)] };
    return { kind: Kind.SELECTION_SET, selections };
  }

  private inlineFragment(type: GraphQLObjectType, selections: SelectionNode[]): SelectionNode {
    return {
      kind: Kind.INLINE_FRAGMENT,
      typeCondition: this.random.chance(0.5) ? { kind: Kind.NAMED_TYPE, name: name(type.name) } : undefined,
      selectionSet: { kind: Kind.SELECTION_SET, selections },
    };
  }

  private fragmentSpread(type: GraphQLObjectType, selections: SelectionNode[]): SelectionNode {
    const fragment = `${type.name}Part${++this.counter}`;
    this.fragments.push({
      kind: Kind.FRAGMENT_DEFINITION,
      name: name(fragment),
      typeCondition: { kind: Kind.NAMED_TYPE, name: name(type.name) },
      selectionSet: { kind: Kind.SELECTION_SET, selections },
    });
    return { kind: Kind.FRAGMENT_SPREAD, name: name(fragment) };
  }
}
