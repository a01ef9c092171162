// inspectKeyFiles and describeKeyHeader over a real ~/.ssh-like directory built from generated keys.
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { inspectKeyFiles } from '../../src/keys/inspect-key-files.js';
import { describeKeyHeader } from '../../src/keys/key-header.js';
import type { KeyFile } from '../../src/report/schema.js';
import { keyFileSchema } from '../../src/report/schema.js';
import { type CorpusKey, makeKeyCorpus } from '../harness/key-corpus.js';

let root = '';
let sshDir = '';
let corpus: CorpusKey[] = [];
const key = (id: string): CorpusKey => {
  const k = corpus.find((c) => c.id === id);
  if (!k) throw new Error(`missing corpus key ${id}`);
  return k;
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ssh-doctor-files-'));
  await mkdir(join(root, 'corpus'));
  corpus = await makeKeyCorpus(join(root, 'corpus'));
  sshDir = join(root, '.ssh');
  await mkdir(sshDir, { mode: 0o700 });
  const put = async (name: string, text: string, mode: number) => {
    await writeFile(join(sshDir, name), text);
    await chmod(join(sshDir, name), mode);
  };
  await put('id_rsa', key('rsa4096.openssh').privateText, 0o600);
  await put('id_rsa.pub', `${key('rsa4096.openssh').publicLine}\n`, 0o644);
  await put('id_ed25519', key('ed25519.openssh-pw').privateText, 0o644);
  await put('id_ecdsa', key('ecdsa256.pem-pw').privateText, 0o600);
  await put('id_ecdsa.pub', `${key('ecdsa256.openssh').publicLine}\n`, 0o644);
  await put('id_dsa', key('dsa.openssh').privateText, 0o600);
  await put('id_dsa.pub', `${key('rsa1024.openssh').publicLine}\n`, 0o644); // wrong .pub
  await put('id_xmss', '', 0o600);
  await put('cluster', key('rsa2048.openssh').privateText, 0o600);
  await put('moba.ppk', key('rsa2048.v3-pw.ppk').privateText, 0o600);
  await put('known_hosts', `${key('ed25519.openssh').publicLine}\n`, 0o644);
  await put('config', 'Host x\n  IdentityFile ~/.ssh/cluster\n', 0o600);
  await put('notes.txt', 'nothing to see\n', 0o644);
  await put('old.txt', key('ecdsa384.openssh').privateText, 0o600); // content makes it a key
  await copyFile(key('rsa1024.pem').path, join(root, 'elsewhere'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('inspectKeyFiles', () => {
  let files: KeyFile[] = [];
  const file = (name: string): KeyFile => {
    const f = files.find((x) => x.name === name);
    if (!f) throw new Error(`no entry for ${name}: ${files.map((x) => x.name).join(', ')}`);
    return f;
  };

  beforeAll(async () => {
    files = await inspectKeyFiles({
      sshDir,
      identityFiles: [join(sshDir, 'cluster'), join(root, 'elsewhere'), join(sshDir, 'id_missing')],
      agentFingerprints: [key('rsa2048.openssh').fingerprint],
    });
  });

  it('lists key-looking files and identity files, skipping known_hosts, config and plain notes', () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      [
        'cluster',
        'elsewhere',
        'id_dsa',
        'id_dsa.pub',
        'id_ecdsa',
        'id_ecdsa.pub',
        'id_ed25519',
        'id_missing',
        'id_rsa',
        'id_rsa.pub',
        'id_xmss',
        'moba.ppk',
        'old.txt',
      ].sort(),
    );
    for (const f of files) expect(keyFileSchema.safeParse(f).success).toBe(true);
  });

  it('reports mode, owner, pairing, config, default name and agent membership', () => {
    const me = userInfo();
    expect(file('id_rsa')).toMatchObject({
      role: 'private',
      exists: true,
      mode: '0600',
      uid: me.uid,
      owner: me.username,
      format: 'openssh-private',
      keyType: 'RSA',
      bits: 4096,
      fingerprint: key('rsa4096.openssh').fingerprint,
      comment: 'rsa4096@corpus',
      matchesPub: true,
      inConfig: false,
      defaultName: true,
      inAgent: false,
    });
    expect(file('id_ed25519')).toMatchObject({
      mode: '0644',
      encrypted: true,
      matchesPub: null,
      inAgent: false,
    });
    expect(file('id_dsa')).toMatchObject({ matchesPub: false });
    expect(file('cluster')).toMatchObject({ inConfig: true, defaultName: false, inAgent: true });
    expect(file('id_xmss')).toMatchObject({ format: 'empty', defaultName: true });
    expect(file('moba.ppk')).toMatchObject({
      format: 'ppk-v3',
      encrypted: true,
      fingerprint: key('rsa2048.openssh').fingerprint,
    });
    expect(file('elsewhere')).toMatchObject({
      format: 'pem-rsa',
      inConfig: true,
      defaultName: false,
      bits: 1024,
    });
    expect(file('id_missing')).toMatchObject({ exists: false, mode: null, inConfig: true });
  });

  it('takes type, bits and fingerprint of an encrypted PEM key from the .pub beside it', () => {
    expect(file('id_ecdsa')).toMatchObject({
      format: 'pem-ec',
      encrypted: true,
      keyType: 'ECDSA',
      bits: 256,
      fingerprint: key('ecdsa256.openssh').fingerprint,
      matchesPub: null,
      inAgent: false,
    });
  });

  it('answers inAgent null when the agent could not be asked, and survives a missing directory', async () => {
    const noAgent = await inspectKeyFiles({ sshDir, identityFiles: [], agentFingerprints: null });
    expect(noAgent.every((f) => f.inAgent === null)).toBe(true);
    const none = await inspectKeyFiles({
      sshDir: join(root, 'nope'),
      identityFiles: [],
      agentFingerprints: [],
    });
    expect(none).toEqual([]);
  });
});

describe('describeKeyHeader', () => {
  it('gives kind and mode, never the header line itself', async () => {
    const probe = await describeKeyHeader(join(sshDir, 'id_ed25519'));
    expect(probe).toMatchObject({
      exists: true,
      mode: '0644',
      format: 'openssh-private',
      encrypted: true,
      kind: 'OpenSSH private key, encrypted (aes256-ctr/bcrypt)',
    });
    expect(JSON.stringify(probe)).not.toMatch(/BEGIN|b3Blbn/);
    expect(await describeKeyHeader(join(sshDir, 'absent'))).toMatchObject({
      exists: false,
      kind: 'missing file',
    });
    expect(await describeKeyHeader(sshDir)).toMatchObject({ exists: true, kind: 'not a regular file' });
  });
});
