// Which recorded scenario gets which fix (and which gets none): the fix modules as a table over real evidence.
import { existsSync } from 'node:fs';
import { rediagnose } from '../src/assemble/assemble-report.js';
import { planFixes, topCauseFixable } from '../src/fix/plan-fixes.js';
import { IPSL_PROFILE } from '../src/profile/profile.js';
import type { Report } from '../src/report/schema.js';
import { loadFixtures } from './support/fixture.js';

const REPORTS = new Map<string, Report>(
  (existsSync('fixtures') ? loadFixtures('fixtures') : []).flatMap((f) =>
    f.report ? [[f.name, rediagnose(f.report, IPSL_PROFILE)] as [string, Report]] : [],
  ),
);

function plansOf(name: string) {
  const report = REPORTS.get(name);
  if (!report) throw new Error(`no recorded fixture ${name}`);
  const home = report.system.passwdHome ?? '';
  const plans = planFixes(report, IPSL_PROFILE, { home, uid: null });
  const shown = plans.map((p) => ({
    rule: p.rule,
    blocked: p.blocked !== undefined,
    steps: p.steps.map((s) =>
      s.kind === 'chmod'
        ? `chmod ${s.mode.toString(8)} ${s.path.replace(home, '~')}`
        : s.kind === 'host-options'
          ? `Host ${s.host}: ${s.options.map((o) => o.join(' ')).join(', ')}`
          : s.argv.map((a) => a.replace(home, '~')).join(' '),
    ),
  }));
  return { shown, fixable: topCauseFixable(report, IPSL_PROFILE) };
}

describe('fix plans over recorded scenarios', () => {
  it.each([
    ['key-nondefault-name', 'SSH311', ['Host 127.0.0.1: IdentityFile ~/.ssh/meso_rsa']],
    ['key-mode-0644', 'SSH301', ['chmod 600 ~/.ssh/id_rsa']],
    ['config-world-writable', 'SSH303', ['chmod 600 ~/.ssh/config']],
    ['too-many-auth-failures', 'SSH209', ['Host 127.0.0.1: IdentitiesOnly yes, IdentityFile ~/.ssh/id_rsa']],
    ['kex-group1-only', 'SSH104', ['Host 127.0.0.1: KexAlgorithms +diffie-hellman-group1-sha1']],
    ['cipher-cbc-only', 'SSH105', ['Host 127.0.0.1: Ciphers +aes128-cbc']],
    ['mac-md5-only', 'SSH106', ['Host 127.0.0.1: MACs +hmac-md5']],
    [
      'hostkey-ssh-rsa-only',
      'SSH103',
      ['Host 127.0.0.1: HostKeyAlgorithms +ssh-rsa, PubkeyAcceptedAlgorithms +ssh-rsa'],
    ],
    [
      'ppk-only',
      'SSH305',
      [
        'puttygen ~/.ssh/cluster.ppk -O private-openssh -o ~/.ssh/id_rsa',
        'chmod 600 ~/.ssh/id_rsa',
        'Host 127.0.0.1: IdentityFile ~/.ssh/id_rsa',
      ],
    ],
  ])('%s: %s fixes the cause', (name, rule, steps) => {
    const { shown, fixable } = plansOf(name);
    expect(shown[0]).toEqual({ rule, blocked: false, steps });
    expect(fixable).toBe(true);
  });

  it.each([
    ['host-key-changed', 'SSH101'],
    ['encrypted-key-batch', 'SSH206'],
  ])('%s: %s explains and stops (no published fingerprint; no agent running)', (name, rule) => {
    const { shown, fixable } = plansOf(name);
    expect(shown[0]).toEqual({ rule, blocked: true, steps: [] });
    expect(fixable).toBe(false);
  });

  it.each([
    'success',
    'key-not-authorized',
    'no-key-at-all',
    'closed-port',
    'dns-failure',
    'ed25519-vs-rsa-policy',
  ])('%s: nothing to fix here', (name) => {
    const { shown, fixable } = plansOf(name);
    expect(shown.filter((p) => !p.blocked)).toEqual([]);
    expect(fixable).toBe(false);
  });

  it('SSH101 forgets the old key when the new one is the fingerprint the profile publishes', () => {
    const report = REPORTS.get('host-key-changed');
    const fingerprint = report?.connection.hostKey?.fingerprint;
    if (!report || !fingerprint) throw new Error('fixture without host key');
    const profile = {
      ...IPSL_PROFILE,
      hosts: [{ alias: 'x', hostname: '127.0.0.1', port: 22, hostKeyFingerprints: [fingerprint] }],
    };
    const [plan] = planFixes(report, profile, { home: '/h' });
    expect(plan?.blocked).toBeUndefined();
    expect(plan?.steps).toEqual([
      {
        kind: 'run',
        argv: ['ssh-keygen', '-R', `[127.0.0.1]:${report.target.port}`, '-f', '/h/.ssh/known_hosts'],
        terminal: false,
        edits: ['/h/.ssh/known_hosts'],
      },
    ]);
  });

  it('a key owned by another user is not chmod-ed: explain and stop', () => {
    const report = REPORTS.get('key-mode-0644');
    if (!report) throw new Error('no fixture');
    const [plan] = planFixes(report, IPSL_PROFILE, { uid: 4242 });
    expect(plan?.steps).toEqual([]);
    expect(plan?.blocked).toMatch(/not to you/);
  });

  it('a copy of a key ssh already tries (or a note holding a key) gets no IdentityFile', () => {
    const report = REPORTS.get('key-nondefault-name');
    const meso = report?.keys.find((k) => k.name === 'meso_rsa');
    if (!report || !meso) throw new Error('no fixture');
    const copies = [
      { ...meso, name: 'id_rsa', path: meso.path.replace(/meso_rsa$/, 'id_rsa'), defaultName: true },
      {
        ...meso,
        name: 'notes.txt',
        path: meso.path.replace(/meso_rsa$/, 'notes.txt'),
        fingerprint: 'SHA256:other',
      },
    ];
    const plans = planFixes({ ...report, keys: [...report.keys, ...copies] }, IPSL_PROFILE);
    expect(plans.filter((p) => p.rule === 'SSH311' || p.rule === 'SSH202')).toEqual([]);
  });
});
