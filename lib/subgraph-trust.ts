import { createHmac, timingSafeEqual } from 'node:crypto';
import { signHs256 } from './identity.ts';

/**
 * What a subgraph trusts besides the caller's own bearer token, all derived from
 * OPSGRAPH_SUBGRAPH_SECRET (never from the token secret, so whoever can issue bearer tokens still
 * cannot reach a subgraph):
 * - the gateway credential, a static per-subgraph header any router inserts from its
 *   configuration; without it a subgraph answers nothing (lib/subgraph.ts);
 * - service tokens, with which one domain calls another as a staff principal `service:<name>`
 *   (lib/peers.ts), each for one target subgraph and a minute.
 */
export const GATEWAY_CREDENTIAL_HEADER = 'x-opsgraph-gateway-credential';

/** The issuer of service tokens; a subgraph accepts it only with its own name as the audience. */
export const INTERNAL_ISSUER = 'opsgraph-internal';
export const SERVICE_TOKEN_LIFETIME_SECONDS = 60;

/** base64url(HMAC-SHA256(secret, "opsgraph-gateway-credential:" + subgraph)): what a router's configuration inserts for that subgraph. */
export function gatewayCredential(subgraphSecret: string, subgraph: string): string {
  return createHmac('sha256', subgraphSecret).update(`opsgraph-gateway-credential:${subgraph}`).digest('base64url');
}

/** Checks a request's credential header against one subgraph's, in constant time; another subgraph's credential fails. */
export function credentialCheck(subgraphSecret: string, subgraph: string): (header: string | string[] | undefined) => boolean {
  const expected = Buffer.from(gatewayCredential(subgraphSecret, subgraph));
  return (header) => {
    if (typeof header !== 'string') return false;
    const given = Buffer.from(header);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
}

/** The HS256 key of service tokens: derived, so the subgraph secret itself never signs a token. */
export function serviceTokenKey(subgraphSecret: string): Buffer {
  return createHmac('sha256', subgraphSecret).update('opsgraph-service-token-key').digest();
}

/** A bearer token for `service` calling the `audience` subgraph, valid for a minute. */
export function signServiceToken(subgraphSecret: string, service: string, audience: string, now: Date = new Date()): string {
  const iat = Math.floor(now.getTime() / 1000);
  const claims = { sub: `service:${service}`, role: 'staff', iss: INTERNAL_ISSUER, aud: audience, iat, exp: iat + SERVICE_TOKEN_LIFETIME_SECONDS };
  return signHs256(claims, serviceTokenKey(subgraphSecret));
}
