import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../app/config.ts';
import { localTokenSigner } from '../app/identity-config.ts';
import type { InterchangeReceipt, X12Receipt } from '../subgraphs/integration/intake/x12-lane.ts';

/**
 * `npm run ingest -- files...`: sends X12 files (any other extension than .json) and JSON event
 * files (.json: one event or { "events": [...] }) to the running graph's intake, one file at a
 * time, showing progress, and prints what became of each. `--acks DIR` writes the 997s we
 * produced for each X12 file there, to send back to the partner, and the TA1 beside them when one
 * was owed (FILE.ISA13.997 and FILE.ISA13.ta1).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    acks: { type: 'string' },
  },
});

async function main() {
  if (positionals.length === 0) throw new ConfigError('usage: npm run ingest -- [--url http://127.0.0.1:4005/intake] [--acks DIR] FILE...');
  const config = loadConfig();
  const base = (values.url ?? `http://${config.host}:${config.subgraphPorts.integration}/intake`).replace(/\/$/, '');
  const now = Math.floor(Date.now() / 1000);
  const token = localTokenSigner(config.tokens)({ sub: 'ingest-cli', role: 'staff', iat: now, exp: now + 3600 });
  let failures = 0;
  for (const [index, file] of positionals.entries()) {
    const label = `[${index + 1}/${positionals.length}] ${basename(file)}`;
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch (error) {
      console.error(`${label}: cannot read: ${(error as Error).message}`);
      failures += 1;
      continue;
    }
    process.stdout.write(`${label}: sending ${formatBytes(statSync(file).size)} ...\n`);
    try {
      if (file.endsWith('.json')) await sendEvents(base, token, label, body);
      else await sendX12(base, token, label, body, file);
    } catch (error) {
      console.error(`${label}: ${(error as Error).message}`);
      failures += 1;
    }
  }
  if (failures > 0) process.exit(1);
}

async function sendX12(base: string, token: string, label: string, body: Buffer, file: string) {
  const response = await post(`${base}/x12`, token, body, 'application/edi-x12', 'application/x-ndjson');
  let receipt: X12Receipt | undefined;
  let buffered = '';
  for await (const chunk of response.body!) {
    buffered += Buffer.from(chunk as Uint8Array).toString('utf8');
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as { progress?: { applied: number; total: number }; receipt?: typeof receipt };
      buffered = buffered.slice(newline + 1);
      if (line.progress) process.stdout.write(`${label}: applying ${line.progress.applied}/${line.progress.total} transaction sets\n`);
      if (line.receipt) receipt = line.receipt;
    }
  }
  if (!receipt) throw new Error('the intake closed the connection before answering; what it recorded is kept, send the file again to finish');
  for (const ix of receipt.interchanges) {
    const sets = `${ix.sets.accepted} accepted, ${ix.sets.rejected} rejected, ${ix.sets.duplicate} duplicate`;
    console.log(`${label}: interchange ${ix.controlNumber ?? '?'} from ${ix.sender ?? '?'}: ${ix.status} (${sets})${ix.reason ? `: ${ix.reason}` : ''}`);
    if (values.acks && ix.acknowledgments.length > 0) {
      const target = writeAck(values.acks, file, ix, '997', ix.acknowledgments.join(''));
      console.log(`${label}: ${ix.acknowledgments.length} functional acknowledgment(s) written to ${target}`);
    }
    if (values.acks && ix.interchangeAcknowledgment) {
      const target = writeAck(values.acks, file, ix, 'ta1', ix.interchangeAcknowledgment);
      console.log(`${label}: interchange acknowledgment (TA1) written to ${target}`);
    }
  }
  const { applied, failed, pending } = receipt.applied;
  console.log(`${label}: ${applied} applied, ${failed} failed, ${pending} pending`);
}

function writeAck(dir: string, file: string, ix: InterchangeReceipt, kind: '997' | 'ta1', text: string): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${basename(file)}.${ix.controlNumber ?? ix.id}.${kind}`);
  writeFileSync(target, text);
  return target;
}

async function sendEvents(base: string, token: string, label: string, body: Buffer) {
  const response = await post(`${base}/events`, token, body, 'application/json', 'application/json');
  const result = (await response.json()) as { events: { index: number; sourceId: string | null; status: string; reason: string | null }[] };
  const counts = new Map<string, number>();
  for (const event of result.events) counts.set(event.status, (counts.get(event.status) ?? 0) + 1);
  console.log(`${label}: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`);
  for (const event of result.events.filter((e) => e.status === 'rejected' || e.status === 'failed').slice(0, 20)) {
    console.log(`${label}:   #${event.index} ${event.sourceId ?? ''} ${event.status}: ${event.reason}`);
  }
}

async function post(url: string, token: string, body: Buffer, contentType: string, accept: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType, accept }, body });
  } catch (error) {
    throw new Error(`cannot reach the intake at ${url} (${(error as Error).cause ?? (error as Error).message}); is the graph running (npm start)?`);
  }
  if (!response.ok) throw new Error(`the intake answered HTTP ${response.status}: ${await response.text()}`);
  return response;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

main().catch((error: unknown) => {
  console.error(`opsgraph ingest: ${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}`);
  process.exit(1);
});
