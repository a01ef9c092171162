// Table tests of the SSH1xx rules (host keys, negotiation, signature algorithms).

import { lines, localRun, reportFromTranscript } from '../support/diagnose-support.js';
import { describeRuleTable } from '../support/rule-table.js';
import { fire, quiet } from './cases/ssh1xx-hostkeys.js';

const CLIENT_DEBIAN_92_LATEST = 'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026';

describeRuleTable('SSH1xx host keys and algorithms', fire, quiet);

describe('SSH1xx fixes', () => {
  it('gives the one-Host ssh-rsa lines with the real host', () => {
    const r = reportFromTranscript(
      lines(
        '$ ssh -vvv jdoe@ciclad.ipsl.jussieu.fr',
        CLIENT_DEBIAN_92_LATEST,
        'Unable to negotiate with 134.157.1.1 port 22: no matching host key type found. Their offer: ssh-rsa',
      ),
    );
    const fix = r.findings.find((f) => f.rule === 'SSH103')?.fix.commands.join('\n') ?? '';
    expect(fix).toContain('Host ciclad.ipsl.jussieu.fr');
    expect(fix).toContain('HostkeyAlgorithms +ssh-rsa');
    expect(fix).toContain('PubkeyAcceptedAlgorithms +ssh-rsa');
  });
  it('gives the ssh-keygen -R line for a non-22 port', () => {
    const r = reportFromTranscript(localRun('host-key-changed.log'));
    expect(r.findings.find((f) => f.rule === 'SSH101')?.fix.commands).toContain(
      'ssh-keygen -R "[127.0.0.1]:2299"',
    );
  });
});
