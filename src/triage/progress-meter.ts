// A mailbox run can take minutes: show count and throughput on a TTY's stderr, never in pipes or logs.

export interface ProgressMeter {
  update(tickets: number, bytes: number): void;
  stop(): void;
}

const NONE: ProgressMeter = { update: () => undefined, stop: () => undefined };

/** Redraws one stderr line at most every `intervalMs`; a no-op unless the stream is a TTY. */
export function createProgressMeter(
  stream: NodeJS.WriteStream,
  enabled: boolean,
  clock: () => number = Date.now,
  intervalMs = 250,
): ProgressMeter {
  if (!enabled || !stream.isTTY) return NONE;
  const start = clock();
  let last = 0;
  let shown = false;
  return {
    update(tickets, bytes) {
      const now = clock();
      if (now - last < intervalMs) return;
      last = now;
      const mb = bytes / 1e6;
      const rate = mb / Math.max((now - start) / 1000, 0.001);
      stream.write(`\r\x1b[2Ktriage: ${tickets} tickets · ${mb.toFixed(1)} MB · ${rate.toFixed(1)} MB/s`);
      shown = true;
    },
    stop() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
