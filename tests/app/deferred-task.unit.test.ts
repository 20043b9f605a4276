import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredTask } from '../../lib/deferred-task.ts';

describe('a deferred task', () => {
  afterEach(() => vi.useRealTimers());

  it('runs once, delayMs after the first request, however many requests come meanwhile', async () => {
    vi.useFakeTimers();
    const runs: number[] = [];
    const task = deferredTask(async () => void runs.push(Date.now()), 1000, () => undefined);
    const start = Date.now();
    task.request();
    await vi.advanceTimersByTimeAsync(600);
    task.request();
    task.request();
    await vi.advanceTimersByTimeAsync(399);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([start + 1000]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toHaveLength(1);
  });

  it('runs once more after a run that was asked for again while it ran, and reports failures', async () => {
    vi.useFakeTimers();
    let release!: () => void;
    const errors: string[] = [];
    let calls = 0;
    const task = deferredTask(async () => {
      calls += 1;
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
      if (calls === 2) throw new Error('database unreachable');
    }, 100, (error) => errors.push(error.message));
    task.request();
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(1);
    task.request(); // while the first run is still going
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(2);
    expect(errors).toEqual(['database unreachable']);
    await task.close();
  });

  it('runs at once on flush what was waiting, and nothing when nothing was asked for', async () => {
    let calls = 0;
    const task = deferredTask(async () => void (calls += 1), 60_000, () => undefined);
    await task.flush();
    expect(calls).toBe(0);
    task.request();
    await task.flush();
    expect(calls).toBe(1);
    await task.close();
  });
});
