// Builds fixtures-triage/: each recorded fixtures/<scenario>/transcript.txt mangled the way legacy tickets arrive
// (greeting and signature, `> ` quoting, CRLF, 72-column wrapping, reordered sections, shell prompts, partial
// output, real `head -2` lines), so triage tests read what support staff really receive. Deterministic: run it
// again after re-recording (`node scripts/make-legacy-tickets.mjs [--check]`).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ONE_LINER = [
  'uname -a',
  'ls -al $HOME/.ssh',
  'ssh-add -l',
  'ssh-add -L',
  'head -2 $HOME/.ssh/id_rsa',
  'cat $HOME/.ssh/id_rsa.pub',
  'date',
];

/** Seeded PRNG (mulberry32) so every run gives the same tickets. */
function rng(seedText) {
  let a = [...seedText].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `$ title` blocks of a recorded transcript, keeping only the one-liner's commands (legacy users run no ssh -G).
 * A reference transcript that is already a raw paste (no `$ ` headers, its own prompts) gives two `raw` blocks:
 * the one-liner's output and the ssh log, so it can still be reordered and cut.
 */
export function parseTranscript(text) {
  const lines = text.replace(/\r/g, '').split('\n');
  if (!lines.some((l) => l.startsWith('$ '))) {
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    let cut = lines.findIndex((l) => /^(?:OpenSSH_|debug1: )/.test(l));
    if (cut > 0 && /ssh\s+-v/.test(lines[cut - 1] ?? '')) cut -= 1;
    if (cut < 0) cut = lines.length;
    const command = lines.map((l) => /\bssh -vvv\s+(\S+@\S+)/.exec(l)?.[1]).find(Boolean) ?? 'user@host';
    return [
      { title: 'one-liner output', lines: lines.slice(0, cut), raw: true },
      { title: `ssh -vvv ${command}`, lines: lines.slice(cut), raw: true },
    ].filter((b) => b.lines.length > 0);
  }
  const sections = [];
  for (const line of lines) {
    if (line.startsWith('$ ')) sections.push({ title: line.slice(2), lines: [], raw: false });
    else sections.at(-1)?.lines.push(line);
  }
  for (const s of sections) while (s.lines.length > 0 && s.lines.at(-1) === '') s.lines.pop();
  return sections.filter((s) => ONE_LINER.includes(s.title) || s.title.startsWith('ssh -vvv '));
}

/** A block as typed at a prompt: raw blocks carry their own prompts. */
const typed = (prompt, s) => (s.raw ? s.lines : [`${prompt}${s.title}`, ...s.lines]);

/** What `head -2` really prints, for the in-process description collect records instead (no secret bytes). */
function realHead(lines) {
  const line = lines[0] ?? '';
  if (/OpenSSH private key, encrypted/.test(line))
    return [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABD',
    ];
  if (/OpenSSH private key/.test(line))
    return [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn',
    ];
  if (/PEM RSA private key/.test(line))
    return [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ];
  return lines;
}

/** Wraps at `width` on spaces like a mail client (a word longer than the width stays whole). */
export function wrap(line, width = 72) {
  if (line.length <= width) return [line];
  const out = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

function shuffle(list, random) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const GREETINGS = [
  ['Bonjour,', '', "je n'arrive pas à me connecter, voici le résultat de la commande :", ''],
  ['Hello,', '', 'I followed the help page, here is what the terminal shows:', ''],
];
const SIGNATURES = [
  ['', 'Cordialement,', '--', 'Jean Dupont', 'LSCE'],
  ['', 'Thanks,', 'Alice'],
];

/** The variants: each a function (sections, login, random) → lines. */
export const VARIANTS = {
  // One prompt and the whole one-liner, forwarded by a colleague: quoted with `> `, CRLF.
  'quoted-crlf': (sections, login, random) => {
    const g = GREETINGS[Math.floor(random() * 2)];
    const raw = sections.some((s) => s.raw);
    const body = [
      ...(raw
        ? []
        : [
            `[${login}@laptop ~]$ ${ONE_LINER.join(';')};`,
            `[${login}@laptop ~]$ ${sections.at(-1)?.title ?? ''}`,
          ]),
      ...sections.flatMap((s) => s.lines),
      `[${login}@laptop ~]$ `,
    ];
    return [
      'Forwarded message from a user:',
      '',
      ...[...g, ...body, ...SIGNATURES[0]].map((l) => (l === '' ? '>' : `> ${l}`)),
    ];
  },
  // Commands typed one by one, pasted out of order, wrapped at 72 columns by the mail client.
  'wrapped-reordered': (sections, login, random) =>
    [
      ...GREETINGS[1],
      ...(sections.some((s) => s.raw) ? [...sections].reverse() : shuffle(sections, random)).flatMap((s) =>
        typed(`${login}@laptop:~$ `, s),
      ),
      ...SIGNATURES[1],
    ].flatMap((l) => wrap(l)),
  // Only part of the output was copied, from MobaXterm, CRLF.
  partial: (sections, login) => [
    'Hi, here is the end of my terminal (MobaXterm):',
    '',
    ...sections
      .filter((s) =>
        s.raw
          ? s.title.startsWith('ssh -vvv')
          : !['uname -a', 'ssh-add -L', 'cat $HOME/.ssh/id_rsa.pub', 'date'].includes(s.title),
      )
      .flatMap((s) => typed(`[${login}.DESKTOP-AB12] ➤ `, s)),
    ...SIGNATURES[1],
  ],
  // What the real one-liner prints: `head -2` shows the key's first lines (redaction must remove them).
  'real-head': (sections, login) => [
    ...GREETINGS[0],
    ...(sections.some((s) => s.raw)
      ? []
      : [`${login}@laptop:~$ ${ONE_LINER.join(';')};${sections.at(-1)?.title ?? ''}`]),
    ...sections.flatMap((s) => (s.title.startsWith('head -2') ? realHead(s.lines) : s.lines)),
    ...SIGNATURES[0],
  ],
};

const CRLF_VARIANTS = new Set(['quoted-crlf', 'partial']);

/** All tickets of one scenario: variant name → file text. */
export function mangleScenario(name, transcript) {
  const sections = parseTranscript(transcript);
  const login = /^ssh -vvv ([^@\s]+)@/.exec(sections.at(-1)?.title ?? '')?.[1] ?? 'user';
  const out = {};
  for (const [variant, make] of Object.entries(VARIANTS)) {
    const lines = make(sections, login, rng(`${name}/${variant}`));
    out[variant] =
      `${lines.join(CRLF_VARIANTS.has(variant) ? '\r\n' : '\n')}${CRLF_VARIANTS.has(variant) ? '\r\n' : '\n'}`;
  }
  return out;
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const from = join(root, 'fixtures');
  const to = join(root, 'fixtures-triage');
  const check = process.argv.includes('--check');
  const scenarios = existsSync(from)
    ? readdirSync(from)
        .filter((d) => existsSync(join(from, d, 'transcript.txt')))
        .sort()
    : [];
  let stale = 0;
  if (!check)
    for (const d of existsSync(to) ? readdirSync(to) : [])
      if (!scenarios.includes(d) && d !== 'README.md') rmSync(join(to, d), { recursive: true });
  for (const name of scenarios) {
    const tickets = mangleScenario(name, readFileSync(join(from, name, 'transcript.txt'), 'utf8'));
    mkdirSync(join(to, name), { recursive: true });
    for (const [variant, text] of Object.entries(tickets)) {
      const file = join(to, name, `${variant}.txt`);
      if (check) stale += existsSync(file) && readFileSync(file, 'utf8') === text ? 0 : 1;
      else writeFileSync(file, text);
    }
  }
  if (check && stale > 0) {
    console.error(
      `make-legacy-tickets: ${stale} ticket(s) out of date; run node scripts/make-legacy-tickets.mjs`,
    );
    process.exit(1);
  }
  console.error(
    `make-legacy-tickets: ${scenarios.length} scenarios × ${Object.keys(VARIANTS).length} variants → ${to}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
