// The check-key core: one pasted or read text in, one verdict out (ok / fixed / rejected) with every problem and
// the key as the one OpenSSH line the account form wants. Pure and fast, so `collect` can call it too.
import { describeBlob, md5Fingerprint } from '../keys/ssh-blob.js';
import type { KeyPolicy } from '../profile/profile.js';
import { scanArmouredPublic } from './armoured-public.js';
import type { CheckResult, KeyInfo } from './check-result.js';
import { cleanPaste } from './clean-paste.js';
import { type FoundKey, scanPublicLine } from './find-public-line.js';
import { fingerprintProblem } from './fingerprint-input.js';
import { policyProblems } from './key-policy.js';
import { findPrivateInput, type PrivateInput } from './private-input.js';
import { type Problem, problem } from './problems.js';
import { verdictOf } from './verdict.js';

/** Where the text comes from: the user's own key file, or a paste/received text (where a private key is a leak). */
export type KeyTextOrigin = 'own-file' | 'pasted';

export interface CheckOptions {
  /** Default `pasted`, the safe reading: a private key there is reported as a leak. */
  origin?: KeyTextOrigin;
}

const SEND_PUBLIC_HINT =
  "send the public key instead: `cat ~/.ssh/id_rsa.pub`, or `ssh-keygen -y -f <private key file>`; in PuTTYgen/MobaXterm, the box 'Public key for pasting into OpenSSH authorized_keys file'";

/** Text quoted from the input only if it cannot be a piece of key data (no 16-character base64 run). */
function safeText(s: string | null): string | null {
  return s !== null && s.length <= 200 && !/[A-Za-z0-9+/]{16}/.test(s) ? s : null;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.code) && seen.add(p.code));
}

function finalize(input: string, key: KeyInfo | null, line: string | null, all: Problem[]): CheckResult {
  const problems = dedupe(all);
  const verdict = verdictOf(problems);
  return { verdict, input, key, publicKey: verdict === 'rejected' ? null : line, problems };
}

function rejected(input: string, problems: Problem[]): CheckResult {
  return finalize(input, null, null, problems);
}

/** Reads a blob into the key description, or null when it is malformed. */
function keyInfoOf(blob: Buffer, comment: string | null): KeyInfo | null {
  const info = describeBlob(blob);
  if (!info) return null;
  return {
    sshType: info.sshType,
    family: info.family,
    bits: info.bits,
    fingerprint: info.fingerprint,
    md5: md5Fingerprint(blob),
    comment,
  };
}

function fromKey(input: string, found: FoundKey, pre: Problem[], policy: KeyPolicy): CheckResult {
  const comment = safeText(found.comment?.replace(/[\u0000-\u001F\u007F]/g, '').trim() || null);
  const key = keyInfoOf(found.blob, comment);
  const info = describeBlob(found.blob);
  if (!key || !info) return rejected(input, [...pre, problem('corrupt-key')]);
  const problems = [...pre];
  if (found.declaredType && found.declaredType !== key.sshType) {
    problems.push(
      problem(
        'type-mismatch',
        `the line says ${safeText(found.declaredType) ?? 'another type'}, the key data is ${key.sshType}`,
      ),
    );
  }
  if (!problems.some((p) => p.severity === 'error')) {
    problems.push(...policyProblems(info, policy));
    if (comment === null) problems.push(problem('no-comment'));
  }
  const line = `${key.sshType} ${found.blob.toString('base64')}${comment ? ` ${comment}` : ''}`;
  return finalize(input, key, line, problems);
}

function fromPrivate(priv: PrivateInput, origin: KeyTextOrigin, policy: KeyPolicy): CheckResult {
  const key = priv.publicBlob ? keyInfoOf(priv.publicBlob, priv.comment) : null;
  if (origin === 'pasted' || !priv.publicBlob || !key) {
    const why =
      origin === 'pasted'
        ? problem('private-key', priv.kind, SEND_PUBLIC_HINT)
        : problem(
            'public-part-unreadable',
            priv.kind,
            'ssh-keygen -y -f <this file> > <this file>.pub (asks the passphrase)',
          );
    return { ...rejected(priv.kind, [why]), key };
  }
  const found: FoundKey = { blob: priv.publicBlob, declaredType: null, comment: priv.comment };
  return fromKey(priv.kind, found, [problem(priv.ppk ? 'ppk-file' : 'private-key-file')], policy);
}

function inputLabel(problems: readonly Problem[]): string {
  if (problems.some((p) => p.code === 'known-hosts-line')) return 'known_hosts line';
  if (problems.some((p) => p.code === 'options-prefix')) return 'authorized_keys line with options';
  return 'OpenSSH public key';
}

/** Checks one key text against the site policy; never throws, never quotes private key material. */
export function checkPublicKeyText(text: string, policy: KeyPolicy, options: CheckOptions = {}): CheckResult {
  const origin = options.origin ?? 'pasted';
  if (text.includes('\u0000')) return rejected('binary data', [problem('not-a-key', 'binary data')]);
  const cleaned = cleanPaste(text);
  if (cleaned.text === '') return rejected('empty', [problem('empty')]);
  const priv = findPrivateInput(text) ?? findPrivateInput(cleaned.text);
  if (priv) return fromPrivate(priv, origin, policy);
  const armour = scanArmouredPublic(cleaned.text);
  if (armour.kind === 'found')
    return fromKey(armour.input, armour.key, [...cleaned.problems, ...armour.problems], policy);
  if (armour.kind === 'failed') return rejected(armour.input, [...cleaned.problems, ...armour.problems]);
  const line = scanPublicLine(cleaned.text);
  if (line.kind === 'found') {
    const missing = line.key.declaredType === null ? [problem('missing-type')] : [];
    const problems = [...cleaned.problems, ...line.problems, ...missing];
    return fromKey(inputLabel(problems), line.key, problems, policy);
  }
  const fingerprint = fingerprintProblem(cleaned.text);
  if (fingerprint) return rejected('fingerprint', [fingerprint]);
  if (line.kind === 'failed')
    return rejected('damaged OpenSSH public key', [...cleaned.problems, ...line.problems]);
  return rejected('not a key', [problem('not-a-key')]);
}
