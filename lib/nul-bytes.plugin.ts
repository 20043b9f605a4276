import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { badUserInput } from './errors.ts';

/**
 * Refuses an operation whose string arguments or variables hold a NUL character (U+0000), before
 * any resolver runs. PostgreSQL's text types cannot hold NUL and fail the whole statement ("invalid
 * byte sequence"), which would otherwise surface as an internal error in whichever resolver first
 * passed the string on. No value of this graph (ids, names, search text, cursors) can contain one.
 * HTTP 400, so the gateway hands the caller this message (gateway/subgraph-errors.ts).
 */
export function nulBytesPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const literal = nulLiteralArgument(document);
          if (literal) throw refusal(literal);
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            if (holdsNul(value)) throw refusal(variableArgument(document, name) ?? `$${name}`);
          }
        },
      };
    },
  };
}

function refusal(argumentName: string) {
  const error = badUserInput(argumentName, 'must not contain the NUL character (\\u0000)');
  error.extensions.http = { status: 400 };
  return error;
}

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

/**
 * The dotted argument path ("filter.text") of the first string literal holding a NUL; "$name"
 * when it is a variable's default value.
 */
function nulLiteralArgument(document: DocumentNode): string | null {
  return firstArgumentPath(document, (node) => node.kind === Kind.STRING && node.value.includes('\u0000'));
}

/** The argument path where variable `name` is first used, so the message names what the caller set. */
function variableArgument(document: DocumentNode, name: string): string | null {
  // A variable definition names the variable too; only uses sit under an argument.
  return firstArgumentPath(document, (node, path) => !path[0]!.startsWith('$') && node.kind === Kind.VARIABLE && node.name.value === name);
}

function firstArgumentPath(document: DocumentNode, matches: (node: ASTNode, path: readonly string[]) => boolean): string | null {
  const path: string[] = [];
  let found: string | null = null;
  const leave = () => void path.pop();
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave },
    VariableDefinition: { enter: (node) => void path.push(`$${node.variable.name.value}`), leave },
    enter(node) {
      if (found === null && path.length > 0 && matches(node, path)) found = path.join('.');
    },
  });
  return found;
}
