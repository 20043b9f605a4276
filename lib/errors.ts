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
