// The terminal as the mail code sees it: swappable in tests, real streams and readline in the CLI.
import { createInterface } from 'node:readline/promises';

export interface MailIo {
  /** stdin and stdout are both terminals: we may show the message and ask. */
  interactive: boolean;
  /** Command output (stdout). */
  out(text: string): void;
  /** Messages for the user beside the command output (stderr). */
  note(text: string): void;
  /** Asks one question on the terminal and returns the trimmed answer ('' on end of input). */
  ask(question: string): Promise<string>;
}

/** The process's own terminal. */
export function processIo(): MailIo {
  return {
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    out: (text) => void process.stdout.write(text),
    note: (text) => void process.stderr.write(text),
    ask: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const closed = new Promise<string>((resolve) => rl.once('close', () => resolve('')));
      try {
        return (await Promise.race([rl.question(question), closed])).trim();
      } catch {
        return '';
      } finally {
        rl.close();
      }
    },
  };
}

/** y/yes (any case) is yes; anything else, including just Enter, is no. */
export async function confirm(io: MailIo, question: string): Promise<boolean> {
  return /^y(es)?$/i.test(await io.ask(`${question} [y/N] `));
}
