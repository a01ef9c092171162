// The live probe list on stderr (TTY only): a spinner per running probe, then a mark and its duration when done.
import pc from 'picocolors';
import type { ProbeEvent } from '../collect/collect.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';

export interface Progress {
  onEvent(event: ProbeEvent): void;
  stop(): void;
}

/** One line of the list: the probe's title and, once it finished, how. */
export interface ProgressRow {
  title: string;
  done?: Pick<ProbeEvent, 'status' | 'durationMs'>;
}

type Colors = ReturnType<typeof pc.createColors>;

/** Colours only on a terminal and never with NO_COLOR set to anything non-empty (https://no-color.org). */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Colors {
  return pc.createColors(Boolean(stream.isTTY) && !env.NO_COLOR);
}

/** A failing probe is evidence, not an error: `✖` says "this command failed", the report says what it means. */
function mark(row: ProgressRow, spinner: string, c: Colors): string {
  if (!row.done) return c.cyan(spinner);
  switch (row.done.status) {
    case 'ok':
      return c.green('✔');
    case 'timeout':
      return c.red('⏱');
    case 'missing':
      return c.yellow('?');
    default:
      return c.yellow('✖');
  }
}

/** Lines for one frame, each cut to `width` columns so that no line wraps (the redraw counts lines). */
export function renderRows(rows: readonly ProgressRow[], frame: number, c: Colors, width = 80): string[] {
  const spinner = FRAMES[frame % FRAMES.length] ?? '*';
  return rows.map((row) => {
    const time = row.done?.durationMs === undefined ? '' : ` ${row.done.durationMs} ms`;
    const room = Math.max(10, width - 3 - time.length);
    const title = row.title.length > room ? `${row.title.slice(0, room - 1)}…` : row.title;
    return `${mark(row, spinner, c)} ${title}${c.dim(time)}`;
  });
}

/**
 * A no-op unless `enabled` and stderr is a terminal that understands cursor movement: progress never pollutes
 * pipes, logs or `--json` output.
 */
export function createProgress(
  stream: NodeJS.WriteStream,
  enabled: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  if (!enabled || !stream.isTTY || env.TERM === 'dumb')
    return { onEvent: () => undefined, stop: () => undefined };
  const c = colorsFor(stream, env);
  const rows = new Map<string, ProgressRow>();
  let frame = 0;
  let drawn = 0;
  let stopped = false;
  const draw = () => {
    const lines = renderRows([...rows.values()], frame++, c, stream.columns || 80);
    const up = drawn > 0 ? `\x1b[${drawn}A` : '';
    stream.write(`${up}${lines.map((l) => `\x1b[2K${l}\n`).join('')}`);
    drawn = lines.length;
  };
  // Put the cursor back even when the user presses Ctrl-C in the middle.
  const restore = () => stream.write(SHOW_CURSOR);
  process.once('exit', restore);
  stream.write(HIDE_CURSOR);
  const timer = setInterval(draw, 80);
  timer.unref();
  return {
    onEvent(event) {
      const row = rows.get(event.probe) ?? { title: event.title };
      if (event.state === 'done') row.done = { status: event.status, durationMs: event.durationMs };
      rows.set(event.probe, row);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      draw();
      restore();
      process.removeListener('exit', restore);
    },
  };
}
