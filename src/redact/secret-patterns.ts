// Secrets other than keys that end up in pasted output: passwords in URLs, Authorization headers, `password=`
// assignments, SMTP AUTH lines, well-known API token shapes. Each pattern names the part to mask.

/** A secret found in text: [start, end) is the secret value only, the rest of the match is kept. */
export interface SecretHit {
  kind: string;
  start: number;
  end: number;
}

interface SecretPattern {
  kind: string;
  /** Group 1, when present, is the secret; otherwise the whole match is. Must not backtrack badly. */
  regex: RegExp;
  /** Cheap pre-check, true whenever `regex` can match (most texts hold none of these secrets). */
  hint: string | RegExp;
}

const VALUE = String.raw`("[^"\r\n]*"|'[^'\r\n]*'|[^\s"'&;,<>]+)`;

const PATTERNS: SecretPattern[] = [
  {
    kind: 'url-password',
    regex: /\b[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:@/?#]+:([^\s/?#]+)@/g,
    hint: '://',
  },
  {
    kind: 'auth-header',
    regex:
      /\b(?:Proxy-)?Authorization[ \t]*:[ \t]*(?:(?:Bearer|Basic|Digest|Token|Negotiate|NTLM|Key)[ \t]+)?([^\s"',;]+)/gi,
    hint: /authorization/i,
  },
  { kind: 'bearer-token', regex: /\bBearer[ \t]+([A-Za-z0-9._~+/=-]{12,})/g, hint: 'Bearer' },
  {
    kind: 'password-assignment',
    regex: new RegExp(
      String.raw`(?<![A-Za-z]|read_)(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)["']?[ \t]*[=:][ \t]*${VALUE}`,
      'gi',
    ),
    hint: /pass(?:w|phrase)|secret|token|api[_-]?key|access[_-]?key/i,
  },
  {
    kind: 'smtp-auth',
    regex: /\bAUTH[ \t]+(?:PLAIN|LOGIN|XOAUTH2)[ \t]+([A-Za-z0-9+/=]{4,})/g,
    hint: 'AUTH',
  },
  {
    kind: 'sshpass-password',
    regex: /\bsshpass[ \t]+-p[ \t]*('[^'\r\n]*'|"[^"\r\n]*"|\S+)/g,
    hint: 'sshpass',
  },
  {
    kind: 'api-token',
    regex:
      /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g,
    hint: /gh[pousr]_|github_pat_|glpat-|xox[abprs]-|AKIA/,
  },
];

/** The mask put in place of a secret. */
export const MASK = '***';

/** Is this value already masked or empty (so not a secret any more)? */
function isMasked(value: string): boolean {
  const inner = /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
  return inner === '' || /^\*+$/.test(inner) || /^\[private key removed/.test(inner);
}

/** Every secret value in `text`, sorted by start, non-overlapping. Quotes around a value are kept outside. */
export function findSecretHits(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const { kind, regex, hint } of PATTERNS) {
    if (typeof hint === 'string' ? !text.includes(hint) : !hint.test(text)) continue;
    const re = new RegExp(regex.source, `${regex.flags.replace('g', '')}gd`);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const range = m.indices?.[1] ?? m.indices?.[0];
      const value = m[1] ?? m[0];
      if (!range || isMasked(value)) continue;
      const quoted = /^(["']).*\1$/.test(value) && value.length >= 2;
      hits.push({ kind, start: range[0] + (quoted ? 1 : 0), end: range[1] - (quoted ? 1 : 0) });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretHit[] = [];
  for (const h of hits) if ((out.at(-1)?.end ?? -1) <= h.start) out.push(h);
  return out;
}
