import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A webhook receiver for tests: records every JSON body posted to it and answers with the next
 * status queued in `answers`, else `otherwise`.
 */
export interface TestWebhook {
  url: string;
  received: unknown[];
  answers: number[];
  close(): Promise<void>;
}

export async function startWebhook(otherwise = 204): Promise<TestWebhook> {
  const answers: number[] = [];
  const received: unknown[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.writeHead(answers.shift() ?? otherwise).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
