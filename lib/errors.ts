import { GraphQLError } from 'graphql';

/**
 * An argument the caller got wrong. The message names the argument so a frontend developer can
 * fix the call without reading server logs; the code is Apollo's standard BAD_USER_INPUT.
 */
export function badUserInput(argumentName: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument "${argumentName}" ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName },
  });
}

/**
 * A caller whose identity cannot be trusted (a bad bearer token, a subgraph request without the
 * gateway's credential): HTTP 401 with Apollo's standard UNAUTHENTICATED code and a message naming the
 * problem. Thrown while building the context, so no resolver runs.
 */
export function unauthenticated(problem: string, wwwAuthenticate?: string): GraphQLError {
  const headers = new Map(wwwAuthenticate ? [['www-authenticate', wwwAuthenticate]] : []);
  return new GraphQLError(problem, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers } } });
}

/**
 * A caller who is known but may not read this (a buyer or anonymous caller asking for staff-only
 * data): Apollo's standard FORBIDDEN code and a message saying what to do about it. A field error,
 * not an HTTP one: the rest of the query still answers.
 */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
