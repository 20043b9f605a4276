import { describe, expect, it } from 'vitest';
import { cpuPerRequest, cpuReading, type CpuReading } from '../../bench/cpu.ts';

describe('CPU per benchmark request', () => {
  it('divides each part\'s CPU seconds over the run by the requests, in milliseconds, and says how busy the cores were', () => {
    const before: CpuReading = { gateway: 1.0, subgraphs: 2.0, postgres: 0.5, loadGenerator: 3.0, machine: { busy: 10, total: 20 } };
    const after: CpuReading = { gateway: 1.8, subgraphs: 3.25, postgres: 0.9, loadGenerator: 3.1, machine: { busy: 17.6, total: 29.5 } };
    // 200 requests: gateway 0.8 s -> 4 ms each; subgraphs 1.25 s -> 6.25 ms; PostgreSQL 0.4 s -> 2 ms;
    // load generator 0.1 s -> 0.5 ms; cores busy 7.6 of 9.5 s -> 0.8.
    expect(cpuPerRequest(before, after, 200)).toEqual({ gatewayMs: 4, subgraphsMs: 6.25, postgresMs: 2, loadGeneratorMs: 0.5, machineBusy: 0.8 });
  });

  it('gives nothing where /proc could not be read, or for a run without requests', () => {
    const reading: CpuReading = { gateway: 1, subgraphs: 1, postgres: 1, loadGenerator: 1, machine: { busy: 1, total: 2 } };
    expect(cpuPerRequest({ ...reading, postgres: null }, reading, 10)).toBeNull();
    expect(cpuPerRequest(reading, { ...reading, machine: null }, 10)).toBeNull();
    expect(cpuPerRequest(reading, reading, 0)).toBeNull();
  });

  it('reads this process\'s own CPU from /proc on Linux, and what it spends between two readings', () => {
    const pids = { gateway: process.pid, subgraphs: process.pid };
    const before = cpuReading(pids, 'opsgraph_no_such_database_');
    // Spin for 100 ms of CPU (not of wall time, which a busy machine would stretch).
    let spin = 0;
    const started = process.cpuUsage();
    while (process.cpuUsage(started).user < 100_000) spin += 1;
    const after = cpuReading(pids, 'opsgraph_no_such_database_');
    expect(spin).toBeGreaterThan(0);
    // /proc counts this process's CPU in 10 ms ticks; Node's own count is in microseconds. They
    // measure the same thing, so they agree to within a couple of ticks, however busy the machine.
    const fromProc = after.gateway! - before.gateway!;
    const fromNode = after.loadGenerator - before.loadGenerator;
    expect(fromNode).toBeGreaterThanOrEqual(0.1);
    expect(Math.abs(fromProc - fromNode)).toBeLessThanOrEqual(0.03);
    // No backend serves a database of that name.
    expect(after.postgres).toBe(0);
    expect(after.machine!.total).toBeGreaterThan(before.machine!.total);
  });
});
