import { effectiveConfigSchema } from '../report/schema.js';
import { parseSshConfig } from './ssh-config.js';

describe('parseSshConfig', () => {
  it('reads the keys the diagnosis needs; identityfile keeps its literal ~', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const c = parseSshConfig(
      [
        'host ciclad',
        'user jdoe',
        'hostname ciclad-ng.ipsl.upmc.fr',
        'port 22',
        'identityfile ~/.ssh/id_rsa',
        'identityfile ~/.ssh/id_ed25519',
        'identitiesonly yes',
        'batchmode no',
        'stricthostkeychecking ask',
        'userknownhostsfile ~/.ssh/known_hosts ~/.ssh/known_hosts2',
        'hostkeyalgorithms ssh-ed25519,rsa-sha2-512',
        'pubkeyacceptedkeytypes ssh-ed25519,ssh-rsa',
        'kexalgorithms curve25519-sha256',
        'ciphers aes128-ctr,aes256-ctr',
        'macs hmac-sha2-256',
        'proxycommand ssh gw -W %h:%p',
        'connecttimeout none',
      ].join('\r\n'),
    );
    expect(c).toMatchObject({
      host: 'ciclad',
      user: 'jdoe',
      hostname: 'ciclad-ng.ipsl.upmc.fr',
      port: 22,
      identityFiles: ['~/.ssh/id_rsa', '~/.ssh/id_ed25519'],
      identitiesOnly: true,
      batchMode: false,
      strictHostKeyChecking: 'ask',
      userKnownHostsFiles: ['~/.ssh/known_hosts', '~/.ssh/known_hosts2'],
      pubkeyAcceptedAlgorithms: ['ssh-ed25519', 'ssh-rsa'],
      ciphers: ['aes128-ctr', 'aes256-ctr'],
      proxyCommand: 'ssh gw -W %h:%p',
      proxyJump: null,
    });
    expect(effectiveConfigSchema.safeParse(c).success).toBe(true);
  });

  it('ignores error lines and treats proxyjump none as unset', () => {
    const c = parseSshConfig('command-line: line 0: Bad configuration option: x\nproxyjump none\n');
    expect(c.proxyJump).toBeNull();
    expect(c.host).toBeNull();
  });
});
