// `uname -a` tells which platform the user runs ssh on (Linux, macOS, WSL, Cygwin/MobaXterm, Git Bash/MSYS).
import { afterPrompt, splitInputLines } from './input-lines.js';

/** What `uname -a` says. */
export interface Uname {
  raw: string;
  /** `Linux`, `macOS`, `Windows`, `FreeBSD`, ...; null when no uname line was found. */
  os: string | null;
  /** First field as printed: `Linux`, `Darwin`, `CYGWIN_NT-10.0-19045`, `MINGW64_NT-10.0-22631`. */
  kernelName: string | null;
  /** Kernel release, e.g. `6.1.0-18-amd64`, `23.1.0`, `3.4.9-1.x86_64`. */
  kernel: string | null;
  arch: string | null;
  hostname: string | null;
  /** Windows POSIX layer or WSL: `cygwin` (also MobaXterm), `msys` (Git Bash), `mingw`, `wsl`; null otherwise. */
  environment: 'cygwin' | 'msys' | 'mingw' | 'wsl' | null;
}

export const UNAME_LINE =
  /^(Linux|Darwin|CYGWIN_NT-\S+|MINGW(?:32|64)_NT-\S+|MSYS_NT-\S+|FreeBSD|OpenBSD|NetBSD|SunOS|GNU|AIX) \S+ \d\S*/;
const ARCH = /^(x86_64|amd64|aarch64|arm64|i[3-6]86|armv\w+|ppc64le|ppc64|s390x|riscv64|i86pc|sun4v)$/;

function osOf(kernelName: string): { os: string; environment: Uname['environment'] } {
  if (kernelName.startsWith('CYGWIN')) return { os: 'Windows', environment: 'cygwin' };
  if (kernelName.startsWith('MSYS')) return { os: 'Windows', environment: 'msys' };
  if (kernelName.startsWith('MINGW')) return { os: 'Windows', environment: 'mingw' };
  if (kernelName === 'Darwin') return { os: 'macOS', environment: null };
  return { os: kernelName, environment: null };
}

/** Parses the first `uname -a` line found in `text`; all fields null (raw = trimmed text) when there is none. */
export function parseUname(text: string): Uname {
  const line = splitInputLines(text)
    .map(({ text: t }) => (afterPrompt(t) ?? t).trim())
    .find((t) => UNAME_LINE.test(t));
  if (line === undefined)
    return {
      raw: text.trim(),
      os: null,
      kernelName: null,
      kernel: null,
      arch: null,
      hostname: null,
      environment: null,
    };
  const fields = line.split(/\s+/);
  const kernelName = fields[0] ?? '';
  const { os, environment } = osOf(kernelName);
  // Darwin ends with `RELEASE_ARM64_T6000 arm64`; Linux with `x86_64 x86_64 x86_64 GNU/Linux`: take the last arch word.
  const arch = fields.slice(3).findLast((f) => ARCH.test(f)) ?? null;
  const kernel = fields[2] ?? null;
  const wsl = os === 'Linux' && /microsoft|WSL/i.test(line);
  return {
    raw: line,
    os,
    kernelName,
    kernel,
    arch,
    hostname: fields[1] ?? null,
    environment: wsl ? 'wsl' : environment,
  };
}
