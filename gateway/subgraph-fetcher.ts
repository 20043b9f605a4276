import http from 'node:http';
import https from 'node:https';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';

/**
 * The gateway's subgraph calls over node:http with keep-alive agents. Node's global fetch does the
 * same job through WHATWG streams, abort signals and a request object per call, and sends each
 * body as a stream in several writes; a product page makes four subgraph calls, and that
 * machinery cost more gateway CPU than shaping the answer. A call here is one write and one
 * buffered read.
 *
 * Idle connections are dropped after IDLE_SOCKET_MS, before the subgraph servers' keep-alive
 * timeout (65 s, lib/http.ts) could close one just as a request is sent on it.
 */
const IDLE_SOCKET_MS = 30_000;

/**
 * A subgraph answer longer than the fetcher's cap: reading stopped there, so a runaway answer
 * never sits whole in the gateway's memory. `bytes` is what had arrived when it stopped.
 */
export class SubgraphAnswerTooLarge extends Error {
  override name = 'SubgraphAnswerTooLarge';
  constructor(
    readonly url: string,
    readonly bytes: number,
  ) {
    super(`the subgraph at ${url} answered more than ${bytes} bytes`);
  }
}

/** Bytes of a subgraph answer this fetcher read (the content-length of any other fetcher's). */
export function answerBytes(response: { headers: Pick<Headers, 'get'> } | undefined): number {
  if (response instanceof BufferedResponse) return response.byteLength;
  return Number(response?.headers.get('content-length') ?? 0);
}

/** `maxAnswerBytes`: stop reading, and fail the fetch, once one answer is longer than this. */
export function subgraphFetcher(maxAnswerBytes = Infinity): Fetcher {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo', timeout: IDLE_SOCKET_MS }),
    'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo', timeout: IDLE_SOCKET_MS }),
  };
  return (url, init = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const body = init.body ?? '';
      const secure = url.startsWith('https:');
      const request = (secure ? https : http).request(
        url,
        {
          method: init.method ?? 'GET',
          headers: { ...init.headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: agents[secure ? 'https:' : 'http:'],
        },
        (response) => {
          const chunks: Buffer[] = [];
          let bytes = 0;
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (bytes <= maxAnswerBytes) {
              chunks.push(chunk);
            } else {
              response.destroy();
              request.destroy();
              reject(new SubgraphAnswerTooLarge(url, bytes));
            }
          });
          response.on('end', () => resolve(new BufferedResponse(url, response, Buffer.concat(chunks))));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}

/** A fully read subgraph answer with the part of the fetch Response interface the gateway reads. */
class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: Headers;
  bodyUsed = false;
  get byteLength(): number {
    return this.body.length;
  }

  constructor(
    readonly url: string,
    source: http.IncomingMessage | BufferedResponse,
    private readonly body: Buffer,
  ) {
    if (source instanceof BufferedResponse) {
      this.status = source.status;
      this.statusText = source.statusText;
      this.headers = new Headers(source.headers);
    } else {
      this.status = source.statusCode ?? 0;
      this.statusText = source.statusMessage ?? '';
      this.headers = new Headers();
      const raw = source.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) this.headers.append(raw[i]!, raw[i + 1]!);
    }
    this.ok = this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return new Uint8Array(this.body).buffer;
  }

  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this, this.body);
  }
}
