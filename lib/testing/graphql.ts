/** Tests post operations with the same small client the benchmark uses. */
export { postGraphQL, type GraphQLResponse } from '../graphql-client.ts';
