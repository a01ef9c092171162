// `ssh -G` prints the effective client config (after Host/Match): the truth about which key, user and algorithms apply.
import type { EffectiveConfig } from '../report/schema.js';
import { splitInputLines } from './input-lines.js';

const LIST_KEYS = {
  hostkeyalgorithms: 'hostKeyAlgorithms',
  pubkeyacceptedalgorithms: 'pubkeyAcceptedAlgorithms',
  // ≤8.4 spelling of the same option.
  pubkeyacceptedkeytypes: 'pubkeyAcceptedAlgorithms',
  kexalgorithms: 'kexAlgorithms',
  ciphers: 'ciphers',
  macs: 'macs',
} as const;

function isListKey(key: string): key is keyof typeof LIST_KEYS {
  return Object.hasOwn(LIST_KEYS, key);
}

function yesNo(value: string): boolean | null {
  if (/^(yes|true)$/i.test(value)) return true;
  if (/^(no|false)$/i.test(value)) return false;
  return null;
}

/** `none` means unset for ProxyCommand/ProxyJump. */
function unlessNone(value: string): string | null {
  return value === '' || value.toLowerCase() === 'none' ? null : value;
}

/** Parses `ssh -G` stdout; unknown keywords and error lines are ignored. `~` in paths stays literal. */
export function parseSshConfig(text: string): EffectiveConfig {
  const c: EffectiveConfig = {
    host: null,
    hostname: null,
    user: null,
    port: null,
    identityFiles: [],
    identitiesOnly: null,
    identityAgent: null,
    proxyCommand: null,
    proxyJump: null,
    hostKeyAlgorithms: [],
    pubkeyAcceptedAlgorithms: [],
    kexAlgorithms: [],
    ciphers: [],
    macs: [],
    batchMode: null,
    strictHostKeyChecking: null,
    userKnownHostsFiles: [],
  };
  for (const { text: line } of splitInputLines(text)) {
    const m = /^([a-z][a-z0-9]*) (.*)$/.exec(line.trim());
    if (!m) continue;
    const key = m[1] ?? '';
    const value = (m[2] ?? '').trim();
    if (isListKey(key)) {
      c[LIST_KEYS[key]] = value.split(',').filter((x) => x !== '');
      continue;
    }
    switch (key) {
      case 'host':
        c.host = value;
        break;
      case 'hostname':
        c.hostname = value;
        break;
      case 'user':
        c.user = value;
        break;
      case 'port':
        c.port = /^\d{1,5}$/.test(value) ? Number(value) : null;
        break;
      case 'identityfile':
        c.identityFiles.push(value);
        break;
      case 'identitiesonly':
        c.identitiesOnly = yesNo(value);
        break;
      case 'identityagent':
        c.identityAgent = value;
        break;
      case 'proxycommand':
        c.proxyCommand = unlessNone(value);
        break;
      case 'proxyjump':
        c.proxyJump = unlessNone(value);
        break;
      case 'batchmode':
        c.batchMode = yesNo(value);
        break;
      case 'stricthostkeychecking':
        c.strictHostKeyChecking = value;
        break;
      case 'userknownhostsfile':
        c.userKnownHostsFiles = value.split(/\s+/).filter((x) => x !== '');
        break;
    }
  }
  return c;
}
