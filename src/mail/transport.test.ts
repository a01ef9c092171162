import { ConfigError, UsageError } from '../errors.js';
import { describeTransport, resolveTransport } from './transport.js';

const CONFIG_PATH = '/home/alice/.config/ssh-doctor/config.json';

describe('resolveTransport', () => {
  it('is none when nothing is configured (outbox only)', () => {
    expect(resolveTransport({}, {}, {}, CONFIG_PATH)).toEqual({ kind: 'none' });
  });

  it('takes flags over env over the config file', () => {
    const env = { SSH_DOCTOR_SMTP_URL: 'smtp://env.example.org' };
    const config = { smtp: 'smtp://file.example.org' };
    const host = (t: ReturnType<typeof resolveTransport>) => (t.kind === 'smtp' ? t.target.host : t.kind);
    expect(host(resolveTransport({ smtp: 'smtp://flag.example.org' }, env, config, CONFIG_PATH))).toBe(
      'flag.example.org',
    );
    expect(host(resolveTransport({}, env, config, CONFIG_PATH))).toBe('env.example.org');
    expect(host(resolveTransport({}, {}, config, CONFIG_PATH))).toBe('file.example.org');
    expect(host(resolveTransport({ via: 'none' }, env, config, CONFIG_PATH))).toBe('none');
    expect(host(resolveTransport({}, { SSH_DOCTOR_VIA: 'none' }, config, CONFIG_PATH))).toBe('none');
    expect(
      host(resolveTransport({ smtp: 'smtp://flag.example.org' }, {}, { via: 'sendmail' }, CONFIG_PATH)),
    ).toBe('flag.example.org');
  });

  it('uses sendmail from the configured path or /usr/sbin/sendmail', () => {
    expect(resolveTransport({ via: 'sendmail' }, {}, {}, CONFIG_PATH)).toMatchObject({
      path: '/usr/sbin/sendmail',
    });
    const t = resolveTransport({}, {}, { via: 'sendmail', sendmailPath: '/opt/bin/sendmail' }, CONFIG_PATH);
    expect(describeTransport(t)).toBe('sendmail (/opt/bin/sendmail)');
  });

  it('names the flag, variable or config key that is wrong', () => {
    expect(() => resolveTransport({ via: 'smtp' }, {}, {}, CONFIG_PATH)).toThrow(UsageError);
    expect(() => resolveTransport({}, { SSH_DOCTOR_VIA: 'pigeon' }, {}, CONFIG_PATH)).toThrow(
      /SSH_DOCTOR_VIA/,
    );
    expect(() => resolveTransport({ smtp: 'http://x' }, {}, {}, CONFIG_PATH)).toThrow(
      /--smtp: unsupported scheme/,
    );
    expect(() => resolveTransport({}, {}, { smtp: 'https://u:pw@x' }, CONFIG_PATH)).toThrow(ConfigError);
    expect(() => resolveTransport({}, {}, { smtp: 'https://u:pw@x' }, CONFIG_PATH)).toThrow(
      `${CONFIG_PATH}: smtp`,
    );
  });

  it('masks the password when describing an SMTP transport', () => {
    const t = resolveTransport({ smtp: 'smtps://alice:s3cret@smtp.example.org' }, {}, {}, CONFIG_PATH);
    expect(describeTransport(t)).toBe('smtps://alice:***@smtp.example.org');
  });
});
