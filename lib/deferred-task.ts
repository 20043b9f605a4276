/**
 * A task run some time after it was last asked for, never twice at once: asking again while it
 * waits pushes nothing back (the first request sets the time), and asking while it runs runs it
 * once more afterwards. Used to rebuild a domain's KPI aggregates after its own writes, which
 * come in bursts (a batch of integration events, then another).
 */
export interface DeferredTask {
  /** Asks for a run `delayMs` from now (or from when the current run ends). */
  request(): void;
  /** Runs now what was asked for, and waits for it; for tests and shutdown. */
  flush(): Promise<void>;
  /** Stops waiting; a run in progress finishes. */
  close(): Promise<void>;
}

export function deferredTask(run: () => Promise<void>, delayMs: number, onError: (error: Error) => void): DeferredTask {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const start = (): Promise<void> => {
    timer = null;
    running = run()
      .catch((error: unknown) => onError(error as Error))
      .finally(() => {
        running = null;
        if (again && !closed) {
          again = false;
          schedule();
        }
      });
    return running;
  };
  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => void start(), delayMs);
    timer.unref();
  };
  return {
    request() {
      if (running) again = true;
      else schedule();
    },
    async flush() {
      if (running) await running;
      if (timer) {
        clearTimeout(timer);
        await start();
      }
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}
