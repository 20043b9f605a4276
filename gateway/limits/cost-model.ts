import {
  buildASTSchema,
  getNamedType,
  Kind,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** A field's `@listSize`: how many items a list (or a connection's sized fields) holds. */
export interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
}

/** What the supergraph says about one field's cost. */
export interface FieldCost {
  /** `@cost(weight:)` on the field, else on its type; undefined: the default (1 object, 0 leaf). */
  weight?: number;
  listSize?: ListSize;
  /** The selection `@requires` fetches before the field resolves (from `@join__field(requires:)`). */
  requires?: SelectionSetNode;
}

/**
 * The supergraph read once for costing operations: its schema (a superset of the API schema, with
 * the fields only `@requires` reaches) and each field's cost directives. Composition writes
 * `@cost` and `@listSize` into the supergraph under the names the cost spec's `@link` gives them
 * (`@cost` and, imported, `@listSize`), where compiled routers read them too.
 */
export interface CostModel {
  schema: GraphQLSchema;
  /** The size assumed for a list whose field has no `@listSize` (the routers' `list_size`). */
  defaultListSize: number;
  fieldCost(field: GraphQLField<unknown, unknown>): FieldCost;
  argumentWeight(node: { astNode?: { directives?: readonly ConstDirectiveNode[] } | null }): number | undefined;
}

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v/;

export function costModelOf(supergraphSdl: string, defaultListSize: number): CostModel {
  const document = parse(supergraphSdl);
  const schema = buildASTSchema(document, { assumeValidSDL: true });
  const names = costDirectiveNames(document);
  const cache = new Map<GraphQLField<unknown, unknown>, FieldCost>();
  const weightOf = (directives: readonly ConstDirectiveNode[] | undefined): number | undefined => {
    const weight = argumentsOf(directives, names.cost)?.weight;
    return typeof weight === 'number' ? weight : undefined;
  };
  return {
    schema,
    defaultListSize,
    argumentWeight: (node) => weightOf(node.astNode?.directives),
    fieldCost(field) {
      let cost = cache.get(field);
      if (!cost) {
        cost = describe(field, names, weightOf);
        cache.set(field, cost);
      }
      return cost;
    },
  };
}

function describe(
  field: GraphQLField<unknown, unknown>,
  names: { cost: string; listSize: string },
  weightOf: (directives: readonly ConstDirectiveNode[] | undefined) => number | undefined,
): FieldCost {
  const directives = field.astNode?.directives;
  const namedType = getNamedType(field.type);
  const cost: FieldCost = {};
  const weight = weightOf(directives) ?? weightOf(namedType.astNode?.directives);
  if (weight !== undefined) cost.weight = weight;
  const listSize = argumentsOf(directives, names.listSize);
  if (listSize) {
    cost.listSize = {
      ...(typeof listSize.assumedSize === 'number' ? { assumedSize: listSize.assumedSize } : {}),
      slicingArguments: (listSize.slicingArguments as string[] | undefined) ?? [],
      sizedFields: (listSize.sizedFields as string[] | undefined) ?? [],
    };
  }
  const requires = directives
    ?.filter((directive) => directive.name.value === 'join__field')
    .map((directive) => argumentsOf([directive], 'join__field')?.requires)
    .find((fields): fields is string => typeof fields === 'string');
  if (requires) cost.requires = (parse(`{ ${requires} }`).definitions[0] as { selectionSet: SelectionSetNode }).selectionSet;
  return cost;
}

/** The names `@link(url: ".../cost/v0.1", as:, import:)` gives the cost spec's directives. */
function costDirectiveNames(document: DocumentNode): { cost: string; listSize: string } {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION) continue;
    for (const link of definition.directives ?? []) {
      const args = argumentsOf([link], 'link');
      if (link.name.value !== 'link' || typeof args?.url !== 'string' || !COST_SPEC.test(args.url)) continue;
      const prefix = typeof args.as === 'string' ? args.as : 'cost';
      const imports = (args.import as (string | { name: string; as?: string })[] | undefined) ?? [];
      const imported = imports
        .map((entry) => (typeof entry === 'string' ? { name: entry, as: entry } : { name: entry.name, as: entry.as ?? entry.name }))
        .find((entry) => entry.name === '@listSize');
      return { cost: prefix, listSize: imported ? imported.as.slice(1) : `${prefix}__listSize` };
    }
  }
  return { cost: 'cost', listSize: 'listSize' };
}

function argumentsOf(directives: readonly ConstDirectiveNode[] | undefined, name: string): Record<string, unknown> | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === name);
  if (!directive) return undefined;
  return Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]));
}
