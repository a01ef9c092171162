// The live probe list on stderr (TTY only): a spinner per running probe, a tick and duration when done.
import pc from 'picocolors';
import type { ProbeEvent } from '../collect/collect.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Progress {
  onEvent(event: ProbeEvent): void;
  stop(): void;
}

/** A no-op when stderr is not a TTY or output is quiet: progress never pollutes pipes or logs. */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { onEvent: () => undefined, stop: () => undefined };
  const rows = new Map<string, { title: string; done?: ProbeEvent }>();
  let frame = 0;
  let drawn = 0;
  const draw = () => {
    if (drawn > 0) stream.write(`\x1b[${drawn}A`);
    const spinner = FRAMES[frame++ % FRAMES.length];
    for (const { title, done } of rows.values()) {
      const mark = !done
        ? pc.cyan(spinner ?? '*')
        : done.status === 'ok'
          ? pc.green('✔')
          : done.status === 'timeout'
            ? pc.red('⏱')
            : pc.yellow('✖');
      const time = done?.durationMs === undefined ? '' : pc.dim(` ${done.durationMs} ms`);
      stream.write(`\x1b[2K${mark} ${title}${time}\n`);
    }
    drawn = rows.size;
  };
  const timer = setInterval(draw, 80);
  timer.unref();
  return {
    onEvent(event) {
      const row = rows.get(event.probe) ?? { title: event.title };
      if (event.state === 'done') row.done = event;
      rows.set(event.probe, row);
    },
    stop() {
      clearInterval(timer);
      draw();
    },
  };
}
