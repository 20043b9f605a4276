import http from 'node:http';

/**
 * A small closed-loop load generator: `connections` clients each send one request, wait for the
 * answer, and send the next, for `seconds`. Every latency is kept, so percentiles are exact.
 */
export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

export async function runLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  body: (i: number) => string;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  // node:http with one keep-alive socket per client: fetch's machinery cost the load generator
  // 1.5 ms of CPU per storefront page, CPU the two cores' graph then did not get.
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const headers = { 'content-type': 'application/json', ...options.headers };
  const client = async () => {
    while (performance.now() < deadline) {
      const i = sent++;
      const t0 = performance.now();
      try {
        const { status, body } = await post(options.url, agent, headers, options.body(i));
        // Apollo Server writes `errors` first when there are any (it orders errors, data,
        // extensions), so the answer need not be parsed to tell.
        if (status !== 200 || body.startsWith('{"errors"')) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  return {
    requests: latencies.length,
    errors,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: latencies.at(-1) ?? 0 },
  };
}

function post(url: string, agent: http.Agent, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
