import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Starts a project script under tsx (with `nodeFlags`, e.g. heap settings) and resolves once its
 * output has matched `readyPattern` `count` times; each match's groups are returned (e.g. a name
 * and a URL).
 */
export async function spawnScript(
  args: string[],
  env: Record<string, string>,
  readyPattern: RegExp,
  count = 1,
  nodeFlags: readonly string[] = [],
): Promise<{ child: ChildProcess; matches: string[][] }> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const matches: string[][] = [];
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const match of chunk.toString().matchAll(new RegExp(readyPattern, 'g'))) matches.push(match.slice(1));
      if (matches.length >= count) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
  return { child, matches };
}

/** Peak resident memory (VmHWM) of a running process, in MiB; Linux only. */
export function peakRssMiB(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

