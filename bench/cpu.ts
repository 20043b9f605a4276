import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where a benchmark request's CPU went, read from /proc (Linux): the gateway process, the subgraph
 * process, the PostgreSQL backends of the benchmark's databases and the load generator (the
 * benchmark's own process), and how busy the whole machine was. On a shared machine whose speed
 * drifts, these move less than throughput does, and they show which tier a change made cheaper.
 */
export interface CpuPerRequest {
  gatewayMs: number;
  subgraphsMs: number;
  postgresMs: number;
  loadGeneratorMs: number;
  /** Share of all cores busy during the run, whoever used them. */
  machineBusy: number;
}

/** CPU seconds used so far by each part; null where /proc cannot be read. */
export interface CpuReading {
  gateway: number | null;
  subgraphs: number | null;
  postgres: number | null;
  loadGenerator: number;
  machine: { busy: number; total: number } | null;
}

export function cpuReading(pids: { gateway: number; subgraphs: number }, databasePrefix: string): CpuReading {
  const self = process.cpuUsage();
  return {
    gateway: cpuSeconds(pids.gateway),
    subgraphs: cpuSeconds(pids.subgraphs),
    postgres: postgresCpuSeconds(databasePrefix),
    loadGenerator: (self.user + self.system) / 1e6,
    machine: machineCpuSeconds(),
  };
}

/** Milliseconds per request between two readings, to 0.01 ms; null without /proc or requests. */
export function cpuPerRequest(before: CpuReading, after: CpuReading, requests: number): CpuPerRequest | null {
  const { gateway: g0, subgraphs: s0, postgres: p0, machine: m0 } = before;
  const { gateway: g1, subgraphs: s1, postgres: p1, machine: m1 } = after;
  if (g0 === null || g1 === null || s0 === null || s1 === null || p0 === null || p1 === null || !m0 || !m1 || requests === 0) return null;
  const perRequest = (seconds: number) => Math.round((seconds * 1000 * 100) / requests) / 100;
  return {
    gatewayMs: perRequest(g1 - g0),
    subgraphsMs: perRequest(s1 - s0),
    postgresMs: perRequest(p1 - p0),
    loadGeneratorMs: perRequest(after.loadGenerator - before.loadGenerator),
    machineBusy: Math.round(((m1.busy - m0.busy) / (m1.total - m0.total)) * 1000) / 1000,
  };
}

/** The kernel's clock ticks per second, in which /proc reports CPU time (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, or null where /proc is not readable. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by the PostgreSQL backends serving databases whose names start with
 * `databasePrefix` (a backend's command line names its database); null without /proc.
 */
function postgresCpuSeconds(databasePrefix: string): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (command.startsWith('postgres') && command.includes(` ${databasePrefix}`)) total += cpuSeconds(Number(pid)) ?? 0;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/** Busy and total CPU seconds of the whole machine so far (all cores), from /proc/stat; null elsewhere. */
function machineCpuSeconds(): { busy: number; total: number } | null {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy: busy / TICKS_PER_SECOND, total: (busy + idle! + iowait!) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}
