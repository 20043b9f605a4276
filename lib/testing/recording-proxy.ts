import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A pass-through HTTP proxy placed between the gateway and a real subgraph in end-to-end tests,
 * recording each GraphQL request body the subgraph receives and the identity headers sent with
 * it (authorization and x-opsgraph-*). Nothing is stubbed: every request is forwarded unchanged and the real answer returned.
 */
export interface RecordingProxy {
  url: string;
  /** Each request in arrival order; `answerBytes` once the subgraph's answer has been passed back. */
  received: { query: string; variables?: Record<string, unknown>; headers: Record<string, string>; answerBytes?: number }[];
  close(): Promise<void>;
}

export async function startRecordingProxy(targetUrl: string): Promise<RecordingProxy> {
  const received: RecordingProxy['received'] = [];
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => name === 'content-type' || isIdentityHeader(name)),
    ) as Record<string, string>;
    const identityHeaders = Object.fromEntries(Object.entries(headers).filter(([name]) => isIdentityHeader(name)));
    const entry: RecordingProxy['received'][number] | undefined = body ? { ...(JSON.parse(body) as { query: string }), headers: identityHeaders } : undefined;
    if (entry) received.push(entry);
    const upstream = await fetch(targetUrl, { method: request.method, headers, body: body || undefined });
    const answer = await upstream.text();
    if (entry) entry.answerBytes = Buffer.byteLength(answer);
    response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    response.end(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function isIdentityHeader(name: string): boolean {
  return name === 'authorization' || name.startsWith('x-opsgraph-');
}
