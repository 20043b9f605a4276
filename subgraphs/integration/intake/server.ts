import type http from 'node:http';
import { bearerToken } from '../../../lib/authentication.ts';
import { IdentityError, type Principal } from '../../../lib/identity.ts';
import { createTokenVerifier, TokenKeysUnavailableError, type TokenSettings, type TokenVerifier } from '../../../lib/tokens.ts';
import { readBodyBytes, type HttpRoute } from '../../../lib/http.ts';
import { deliverAlerts, evaluateAlerts } from './alerts.ts';
import { apiEventSchema } from './api/schema.ts';
import { ApiBatchError, ingestApiEvents } from './api-lane.ts';
import { applyPending } from './apply.ts';
import type { IntakeDeps } from './deps.ts';
import { ingestX12 } from './x12-lane.ts';

export interface IntakeServerOptions {
  /** How the senders' bearer tokens are verified, as the gateway verifies them: staff tokens, as the integration platform holds. */
  tokens: TokenSettings;
  /** Where alerts are posted (OPSGRAPH_ALERT_WEBHOOK_URL); null delivers nowhere. */
  webhookUrl: string | null;
  /** How often pending events, unopened exceptions and alerts are looked at again (OPSGRAPH_FEED_INTERVAL_MS). */
  intervalMs: number;
}

const MAX_X12_BYTES = 64 * 1024 * 1024;
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * The intake's HTTP front, served beside the integration subgraph (../server.ts): partners'
 * systems (through the integration platform) post X12 interchanges to /intake/x12 and JSON
 * events to /intake/events; /intake/events/schema publishes the events' JSON Schema.
 */
export function intakeRoute(deps: IntakeDeps, options: IntakeServerOptions): HttpRoute {
  const verifier = createTokenVerifier(options.tokens);
  return {
    prefix: '/intake',
    handle: (request, response) => route(deps, verifier, request, response).catch((error: unknown) => {
      deps.log(`intake: request failed: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) respond(response, 500, { error: 'internal error; nothing was lost: what was recorded is kept and the rest can be re-sent' });
      else response.end();
    }),
  };
}

/**
 * On start, applies whatever a crash left pending, then keeps the lanes' loose ends (pending
 * events, exceptions, alerts and their delivery) moving periodically. `tick` runs a pass now.
 */
export async function startIntakePasses(deps: IntakeDeps, options: IntakeServerOptions): Promise<{ tick(): Promise<void>; close(): Promise<void> }> {
  const alerts = async () => {
    await evaluateAlerts(deps);
    await deliverAlerts(deps, options.webhookUrl);
  };
  // applyPending also opens the exceptions still waiting for the OMS.
  const tick = async () => {
    await applyPending(deps);
    await alerts();
  };
  const resumed = await applyPending(deps);
  if (resumed.applied + resumed.failed > 0) deps.log(`intake: resumed ${resumed.applied + resumed.failed} pending events (${resumed.applied} applied, ${resumed.failed} failed)`);
  // Alerts hold from the start, not from the first periodic pass.
  await alerts().catch((error: unknown) => deps.log(`intake: first alert pass failed: ${(error as Error).message}`));
  let running = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(tick).catch((error: unknown) => deps.log(`intake: periodic pass failed: ${(error as Error).message}`));
  }, options.intervalMs);
  timer.unref();
  return {
    tick,
    close: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

async function route(deps: IntakeDeps, verifier: TokenVerifier, request: http.IncomingMessage, response: http.ServerResponse) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method === 'GET' && path === '/intake/events/schema') return respond(response, 200, apiEventSchema);
  if (path !== '/intake/x12' && path !== '/intake/events') return respond(response, 404, { error: 'not found: POST /intake/x12, POST /intake/events, GET /intake/events/schema' });
  if (request.method !== 'POST') return respond(response, 405, { error: `${path} takes POST` });
  const caller = await authenticate(request.headers.authorization, verifier);
  if ('error' in caller) return respond(response, caller.status, { error: caller.error });
  const body = await readBodyBytes(request, path === '/intake/x12' ? MAX_X12_BYTES : MAX_JSON_BYTES);
  if (body === null) return respond(response, 413, { error: `the body is over ${path === '/intake/x12' ? MAX_X12_BYTES : MAX_JSON_BYTES} bytes; split it` });
  if (path === '/intake/x12') {
    const streaming = (request.headers.accept ?? '').includes('application/x-ndjson');
    if (!streaming) return respond(response, 200, await ingestX12(deps, body));
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const receipt = await ingestX12(deps, body, (done, total) => response.write(`${JSON.stringify({ progress: { applied: done, total } })}\n`));
    response.end(`${JSON.stringify({ receipt })}\n`);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    return respond(response, 400, { error: `the body is not JSON: ${(error as Error).message}` });
  }
  try {
    return respond(response, 200, await ingestApiEvents(deps, parsed, caller.principal.kind === 'staff' ? caller.principal.subject : 'unknown'));
  } catch (error) {
    if (error instanceof ApiBatchError) return respond(response, 400, { error: error.message });
    throw error;
  }
}

async function authenticate(header: string | undefined, verifier: TokenVerifier): Promise<{ principal: Principal } | { status: number; error: string }> {
  const token = header && bearerToken(header);
  if (!token) return { status: 401, error: 'send "Authorization: Bearer <token>" with a staff token (npm run token -- --role staff)' };
  try {
    const principal = await verifier.verify(token);
    if (principal.kind !== 'staff') return { status: 401, error: `a ${principal.kind} token cannot post integration events; use a staff token` };
    return { principal };
  } catch (error) {
    if (error instanceof IdentityError) return { status: 401, error: error.message };
    if (error instanceof TokenKeysUnavailableError) return { status: 503, error: `${error.message}; nothing was recorded, send it again shortly` };
    throw error;
  }
}

function respond(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
