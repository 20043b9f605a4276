import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/**
 * A small node:http front for Apollo Server: POST/GET /graphql, plus /health and /metrics
 * (JSON counters such as SQL statements issued, read by the benchmark). Apollo Server 5 ships no
 * HTTP framework of its own; this keeps the dependency list short.
 */
export interface HttpServerOptions<Context extends BaseContext> {
  port: number;
  host?: string;
  context: (request: http.IncomingMessage) => Promise<Context>;
  metrics?: () => Record<string, unknown>;
  /**
   * Says why a GraphQL request is refused before its body is even read (HTTP 401
   * UNAUTHENTICATED with that message), or null to serve it: a subgraph's gateway credential check.
   */
  admit?: (request: http.IncomingMessage) => string | null;
  /** Paths answered beside the graph (the integration service's /intake/*); the first whose prefix matches handles the request. */
  routes?: readonly HttpRoute[];
}

/** A handler for the requests under one path prefix, e.g. '/intake'. */
export interface HttpRoute {
  prefix: string;
  handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

export async function serveHttp<Context extends BaseContext>(
  apollo: Pick<ApolloServer<Context>, 'executeHTTPGraphQLRequest'>,
  options: HttpServerOptions<Context>,
): Promise<RunningServer> {
  const server = http.createServer((request, response) => {
    handle(apollo, options, request, response).catch((error: unknown) => {
      console.error('request failed', error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'internal server error' }] }));
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle<Context extends BaseContext>(
  apollo: Pick<ApolloServer<Context>, 'executeHTTPGraphQLRequest'>,
  options: HttpServerOptions<Context>,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  setSecurityHeaders(request, response);
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (url.pathname === '/metrics' && request.method === 'GET') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(options.metrics?.() ?? {}));
    return;
  }
  const route = options.routes?.find((candidate) => url.pathname.startsWith(candidate.prefix));
  if (route) return route.handle(request, response);
  if (url.pathname !== '/graphql' && url.pathname !== '/') {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the graph is served at /graphql');
    return;
  }
  const refusal = options.admit?.(request) ?? null;
  if (refusal !== null) {
    request.resume();
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ message: refusal, extensions: { code: 'UNAUTHENTICATED' } }] }));
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const raw = await readBody(request);
  if (raw === null) {
    response.writeHead(413, { 'content-type': 'text/plain' }).end(`request body over ${MAX_BODY_BYTES} bytes`);
    return;
  }
  let body: unknown = raw;
  if (raw.length > 0 && (headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
    context: () => options.context(request),
  });
  for (const [key, value] of result.headers) {
    // Apollo's own cache-control (none today) must not loosen no-store for a caller's answer.
    if (key === 'cache-control' && request.headers.authorization !== undefined) continue;
    response.setHeader(key, value);
  }
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * Set before anything is written, so every answer carries them, errors and 404s included. nosniff
 * stops a browser from running an answer as script or HTML whatever it looks like; frame-ancestors
 * 'none' stops any page from framing this one (clickjacking): it restricts only who may embed us,
 * so the landing page's own scripts and its embedded explorer still load. An answer to a request
 * that carried credentials is that caller's data: no browser or proxy may keep a copy.
 */
function setSecurityHeaders(request: http.IncomingMessage, response: http.ServerResponse): void {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('content-security-policy', "frame-ancestors 'none'");
  if (request.headers.authorization !== undefined) response.setHeader('cache-control', 'no-store');
}

async function readBody(request: http.IncomingMessage): Promise<string | null> {
  return (await readBodyBytes(request, MAX_BODY_BYTES))?.toString('utf8') ?? null;
}

/** A request's whole body, or null when it is over `limit` bytes (the rest is read and dropped). */
export function readBodyBytes(request: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
