import { IPSL_PROFILE } from '../profile/profile.js';
import type { KeyFile } from '../report/schema.js';
import { chooseKey } from './key-choice.js';

const DIR = '/home/u/.ssh';

function key(name: string, over: Partial<KeyFile> = {}): KeyFile {
  return {
    path: `${DIR}/${name}`,
    name,
    role: 'private',
    exists: true,
    mode: '0600',
    owner: 'u',
    uid: 1000,
    format: 'openssh-private',
    kind: 'OpenSSH private key',
    keyType: 'RSA',
    bits: 4096,
    encrypted: true,
    cipher: null,
    kdf: null,
    fingerprint: 'SHA256:x',
    comment: null,
    matchesPub: true,
    inConfig: false,
    defaultName: /^id_/.test(name),
    inAgent: null,
    ...over,
  };
}

const choose = (keys: KeyFile[]) => chooseKey(keys, IPSL_PROFILE.keyPolicy, DIR, 'ciclad.ipsl.jussieu.fr');

describe('chooseKey', () => {
  it('uses a key under another name instead of creating one', () => {
    expect(choose([key('meso_rsa')])).toMatchObject({ kind: 'use', key: { name: 'meso_rsa' } });
  });

  it('prefers the default name, lists the others', () => {
    const c = choose([key('meso_rsa'), key('id_rsa')]);
    expect(c).toMatchObject({ kind: 'use', key: { name: 'id_rsa' }, others: [{ name: 'meso_rsa' }] });
  });

  it('skips keys named for another service, and keys the site does not accept', () => {
    const c = choose([key('github_rsa'), key('id_ed25519', { keyType: 'ED25519', bits: 256 })]);
    expect(c).toEqual({ kind: 'create', path: `${DIR}/id_rsa`, type: 'rsa', bits: 4096 });
  });

  it('converts a .ppk to id_rsa when that name is free', () => {
    const ppk = key('cluster.ppk', { format: 'ppk-v3' });
    expect(choose([ppk])).toEqual({ kind: 'convert', ppk, out: `${DIR}/id_rsa` });
  });

  it('converts a .ppk beside an unusable id_rsa to another free name', () => {
    const ppk = key('cluster.ppk', { format: 'ppk-v2' });
    const broken = key('id_rsa', { format: 'unknown', keyType: null });
    expect(choose([ppk, broken])).toEqual({ kind: 'convert', ppk, out: `${DIR}/cluster` });
  });

  it('creates with the profile type and recommended size when there is nothing', () => {
    expect(choose([])).toEqual({ kind: 'create', path: `${DIR}/id_rsa`, type: 'rsa', bits: 4096 });
  });

  it('refuses to create over a file that is in the way', () => {
    const c = choose([key('id_rsa', { format: 'empty', keyType: null })]);
    expect(c.kind).toBe('blocked');
  });

  it('does not use a truncated or too short key', () => {
    expect(choose([key('meso_rsa', { truncated: true })]).kind).toBe('create');
    expect(choose([key('meso_rsa', { bits: 1024 })]).kind).toBe('create');
  });
});
