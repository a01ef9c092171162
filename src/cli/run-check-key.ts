// The check-key edges: read the key (file, stdin, --text, or a batch file/directory), run the pure checker,
// print text, --quiet line or validated JSON, and turn the verdict into the exit code.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pc from 'picocolors';
import { type BatchSource, checkBatch } from '../check-key/check-batch.js';
import { checkPublicKeyText, type KeyTextOrigin } from '../check-key/check-public-key.js';
import { batchResultSchema, checkReportSchema } from '../check-key/check-result.js';
import { renderBatchText, renderCheckText } from '../check-key/render-check.js';
import { exitCodeOf } from '../check-key/verdict.js';
import { AppError, ExitCode, InputError, UsageError } from '../errors.js';
import { findKeyBlocks } from '../redact/find-key-blocks.js';
import type { Paint } from '../render/render-text.js';
import { loadSettings } from './settings.js';

export interface CheckKeyFlags {
  file?: string;
  text?: string;
  batch?: string;
  json?: boolean;
  quiet?: boolean;
  profile?: string;
  config?: string;
}

/** No key file is this big; refuse before reading a huge file into memory. */
const MAX_BYTES = 1024 * 1024;

/** Where the command's bytes go; tests swap it. */
export interface CheckKeyIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  color: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new InputError('stdin is too big to be a key (over 1 MiB)');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const defaultIo: CheckKeyIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

async function pubFilesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.pub') || f.endsWith('.ppk'));
  } catch {
    return [];
  }
}

/** Reads one key file; every failure is a one-line InputError (exit 2). */
async function readKeyFile(path: string, isDefault = false): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`${path} is a directory`, { hint: `use --batch ${path}` });
    if (info.size > MAX_BYTES) throw new InputError(`${path} is too big to be a key (over 1 MiB)`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code);
    const others = isDefault ? await pubFilesIn(join(path, '..')) : [];
    const hint = others.length
      ? `keys found in that folder: ${others.join(', ')}; give one: ssh-doctor check-key FILE`
      : 'give the key file (ssh-doctor check-key FILE) or paste it (--text "...")';
    throw new InputError(`cannot read ${path}: ${why}`, { hint, cause: error });
  }
}

async function batchSources(path: string): Promise<BatchSource[]> {
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, {
      cause: error,
    });
  }
  if (!isDir) return [{ file: path, text: await readKeyFile(path) }];
  const names = (await readdir(path, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  names.sort();
  return Promise.all(
    names.map(async (n) => ({ file: join(path, n), text: await readKeyFile(join(path, n)) })),
  );
}

/** Last look before output leaves: check-key never prints private key material, whatever went wrong. */
function guardOutput(text: string): string {
  if (findKeyBlocks(text).length > 0) {
    throw new AppError('egress', 'refusing to print: the output would contain private key material', {
      exitCode: ExitCode.internal,
      hint: 'please report this bug',
    });
  }
  return text;
}

async function readSingle(flags: CheckKeyFlags, home: string, io: CheckKeyIo) {
  if (flags.text !== undefined && flags.file !== undefined)
    throw new UsageError('give either FILE or --text, not both');
  if (flags.text !== undefined)
    return { text: flags.text, source: '--text', origin: 'pasted' as KeyTextOrigin };
  // yargs hands the `-` positional over as ''
  if (flags.file === '-' || flags.file === '')
    return { text: await io.readStdin(), source: 'stdin', origin: 'pasted' as KeyTextOrigin };
  const path = flags.file ?? join(home, '.ssh', 'id_rsa.pub');
  return {
    text: await readKeyFile(path, flags.file === undefined),
    source: path,
    origin: 'own-file' as KeyTextOrigin,
  };
}

function paintFor(io: CheckKeyIo): Paint | undefined {
  return io.color ? pc : undefined;
}

/** Runs check-key; returns the exit code (0 ok, 1 fixed or warned, 2 rejected or unreadable input). */
export async function runCheckKey(flags: CheckKeyFlags, io: CheckKeyIo = defaultIo): Promise<number> {
  const { profile, home } = await loadSettings(flags);
  const policy = profile.keyPolicy;
  if (flags.batch !== undefined) {
    if (flags.file !== undefined || flags.text !== undefined)
      throw new UsageError('--batch takes no FILE or --text');
    const batch = checkBatch(await batchSources(flags.batch), policy);
    const out = flags.json
      ? `${JSON.stringify(batchResultSchema.parse(batch), null, 2)}\n`
      : renderBatchText(batch, paintFor(io));
    io.stdout(guardOutput(out));
    return exitCodeOf(batch.entries.map((e) => e.result));
  }
  const { text, source, origin } = await readSingle(flags, home, io);
  const result = checkPublicKeyText(text, policy, { origin });
  if (flags.json) {
    io.stdout(guardOutput(`${JSON.stringify(checkReportSchema.parse({ source, ...result }), null, 2)}\n`));
  } else if (flags.quiet) {
    if (result.publicKey) io.stdout(guardOutput(`${result.publicKey}\n`));
    const error = result.problems.find((p) => p.severity === 'error');
    if (error) io.stderr(guardOutput(`ssh-doctor: check-key: rejected (${error.code}): ${error.message}\n`));
  } else {
    io.stdout(guardOutput(renderCheckText(result, source, paintFor(io))));
  }
  return exitCodeOf([result]);
}
