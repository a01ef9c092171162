// Line rules for algorithm negotiation: proposals (-vv, labelled ≥7.0 or unlabelled ≤6.9), choices and failures.
import type { Connection, KexProposal } from '../report/connection.js';
import { emptyProposal, type LineRule, splitList, type VerboseState } from './verbose-state.js';

type ListName = NonNullable<Connection['negotiationFailure']>['list'];

const LABELS: Record<string, keyof KexProposal | null> = {
  'KEX algorithms': 'kex',
  'host key algorithms': 'hostkey',
  'ciphers ctos': 'ciphers',
  'MACs ctos': 'macs',
  'compression ctos': 'compression',
  'ciphers stoc': null,
  'MACs stoc': null,
  'compression stoc': null,
  'languages ctos': null,
  'languages stoc': null,
};
// ≤6.9 prints the ten lists of a KEXINIT in this order, unlabelled.
const LEGACY_ORDER: readonly (keyof KexProposal | null)[] = [
  'kex',
  'hostkey',
  'ciphers',
  null,
  'macs',
  null,
  'compression',
  null,
  null,
  null,
];

function proposalOf(s: VerboseState, who: 'client' | 'server'): KexProposal {
  const existing = s.c.proposals[who];
  if (existing) return existing;
  const fresh = emptyProposal();
  s.c.proposals[who] = fresh;
  return fresh;
}

function listName(what: string): ListName | null {
  if (/key exchange|kex/i.test(what)) return 'kex';
  if (/host ?key/i.test(what)) return 'hostkey';
  if (/cipher/i.test(what)) return 'cipher';
  if (/mac/i.test(what)) return 'mac';
  if (/comp/i.test(what)) return 'compression';
  return null;
}

export const kexRules: readonly LineRule[] = [
  {
    kind: 'kex-proposal',
    re: /^(local client|peer server) KEXINIT proposal$/,
    level: 'debug',
    apply: (s, m) => {
      s.proposal = m[1] === 'local client' ? 'client' : 'server';
      proposalOf(s, s.proposal);
    },
  },
  {
    kind: 'kex-proposal',
    re: /^(KEX algorithms|host key algorithms|ciphers ctos|ciphers stoc|MACs ctos|MACs stoc|compression ctos|compression stoc|languages ctos|languages stoc): ?(.*)$/,
    level: 'debug',
    apply: (s, m) => {
      const field = LABELS[m[1] ?? ''];
      // Before 7.x headers existed, a second `KEX algorithms` line starts the server's list.
      if (s.proposal === null) s.proposal = 'client';
      else if (field === 'kex' && (s.c.proposals[s.proposal]?.kex.length ?? 0) > 0 && s.proposal === 'client')
        s.proposal = 'server';
      if (field) proposalOf(s, s.proposal)[field] = splitList(m[2] ?? '');
    },
  },
  {
    kind: 'kex-proposal',
    re: /^kex_parse_kexinit: ?(.*)$/,
    level: 'debug',
    apply: (s, m) => {
      const body = m[1] ?? '';
      if (/^first_kex_follows /.test(body)) return;
      if (/^reserved /.test(body)) {
        s.legacyKexIndex = 0;
        s.legacyKexWho = 'server';
        return;
      }
      const field = LEGACY_ORDER[s.legacyKexIndex];
      s.legacyKexIndex += 1;
      if (field) proposalOf(s, s.legacyKexWho)[field] = splitList(body);
    },
  },
  {
    kind: 'kex-algorithm',
    re: /^kex: algorithm: (\S+)$|^kex: (\S+) need=\d+/,
    apply: (s, m) => {
      const alg = m[1] ?? m[2] ?? null;
      if (alg !== '(no' && alg !== null) s.c.kex.algorithm = alg;
    },
  },
  {
    kind: 'kex-host-key-algorithm',
    re: /^kex: host key algorithm: (\S+)$/,
    apply: (s, m) => {
      if (m[1] !== '(no') s.c.kex.hostKeyAlgorithm = m[1] ?? null;
    },
  },
  {
    kind: 'kex-cipher',
    re: /^kex: (client->server|server->client) (?:cipher: )?(\S+) (?:MAC: )?(\S+)(?: compression: | )(\S+)$/,
    apply: (s, m) => {
      const mac = m[3] === '<implicit>' ? null : (m[3] ?? null);
      if (m[1] === 'client->server') Object.assign(s.c.kex, { cipherCtoS: m[2] ?? null, macCtoS: mac });
      else Object.assign(s.c.kex, { cipherStoC: m[2] ?? null, macStoC: mac });
    },
  },
  {
    kind: 'strict-kex',
    re: /will use strict KEX ordering$/,
    apply: (s) => {
      s.c.kex.strict = true;
    },
  },
  {
    kind: 'negotiation-failed',
    re: /^Unable to negotiate with (.+?): no matching (.+?) found\. Their offer: ?(.*)$/,
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => {
      const list = listName(m[2] ?? '');
      if (list) s.c.negotiationFailure = { list, theirOffer: splitList(m[3] ?? ''), line: ln.line };
    },
  },
  {
    // ≤6.6: `no matching cipher found: client aes128-ctr server aes128-cbc`
    kind: 'negotiation-failed',
    re: /no matching (.+?) (?:method )?found: client (\S*) server (\S*)/,
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => {
      const list = listName(m[1] ?? '');
      if (list) s.c.negotiationFailure = { list, theirOffer: splitList(m[3] ?? ''), line: ln.line };
    },
  },
  {
    // ≤6.9 fatal lines naming the failed list without the server's offer (`no hostkey alg`, `no kex alg`...). No
    // negotiationFailure: the diagnosis reads the server's list from the -vv proposals when there is one.
    kind: 'negotiation-failed',
    re: /^no hostkey alg$|^no kex alg$|^no matching cipher found$|^no matching mac found$|^no matching MAC found$|^Unable to negotiate a key exchange method$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'server-sig-algs',
    re: /server-sig-algs=<([^>]*)>/,
    apply: (s, m) => {
      s.c.serverSigAlgs = splitList(m[1] ?? '');
    },
  },
];
