// The probe list drawn on a terminal: marks per outcome, lines that never wrap, and no colour under NO_COLOR.
import pc from 'picocolors';
import { colorsFor, renderRows } from './progress.js';

const plain = pc.createColors(false);

describe('renderRows', () => {
  it.each([
    [{ status: 'ok', durationMs: 12 }, '✔ uname -a 12 ms'],
    [{ status: 'failed', durationMs: 3 }, '✖ uname -a 3 ms'],
    [{ status: 'timeout', durationMs: 5000 }, '⏱ uname -a 5000 ms'],
    [{ status: 'missing', durationMs: 1 }, '? uname -a 1 ms'],
  ] as const)('marks a finished probe %j', (done, line) => {
    expect(renderRows([{ title: 'uname -a', done }], 0, plain)).toEqual([line]);
  });

  it('spins for a running probe', () => {
    expect(renderRows([{ title: 'date' }], 0, plain)).toEqual(['⠋ date']);
    expect(renderRows([{ title: 'date' }], 1, plain)).toEqual(['⠙ date']);
  });

  it('cuts long titles to the terminal width', () => {
    const [line] = renderRows(
      [{ title: `ssh -vvv ${'x'.repeat(200)}@host`, done: { status: 'ok', durationMs: 250 } }],
      0,
      plain,
      40,
    );
    expect(line).toHaveLength(39); // one column spare: writing the last column makes some terminals wrap
    expect(line).toMatch(/… 250 ms$/);
  });
});

describe('colorsFor', () => {
  it('colours a terminal, not a pipe, and never with NO_COLOR', () => {
    expect(colorsFor({ isTTY: true }, {}).green('x')).not.toBe('x');
    expect(colorsFor({ isTTY: false }, {}).green('x')).toBe('x');
    expect(colorsFor({ isTTY: true }, { NO_COLOR: '1' }).green('x')).toBe('x');
  });
});
