import { ConfigError, UsageError } from '../errors.js';
import { maskSmtpUrl, parseSmtpUrl } from './smtp-url.js';

describe('parseSmtpUrl', () => {
  it('reads host, port, TLS mode and credentials', () => {
    expect(parseSmtpUrl('smtp://smtp.lab.fr', '--smtp')).toMatchObject({
      host: 'smtp.lab.fr',
      port: 587,
      secure: false,
      requireTLS: false,
      user: undefined,
    });
    expect(parseSmtpUrl('smtps://al%40ice:p%2Fss@smtp.lab.fr', '--smtp')).toMatchObject({
      port: 465,
      secure: true,
      user: 'al@ice',
      pass: 'p/ss',
      display: 'smtps://al%40ice:***@smtp.lab.fr',
    });
    expect(parseSmtpUrl('smtp://127.0.0.1:2525?requireTLS=true', 'x')).toMatchObject({
      port: 2525,
      requireTLS: true,
    });
    expect(parseSmtpUrl('smtp://[::1]:25', 'x').host).toBe('::1');
  });

  it.each([
    ['not a url', 'not a URL'],
    ['http://smtp.lab.fr', "unsupported scheme 'http:'"],
    ['smtp://smtp.lab.fr/path', 'unexpected path'],
    ['smtp://smtp.lab.fr?tls=off', "unknown parameter 'tls'"],
    ['smtp://smtp.lab.fr?requireTLS=yes', 'requireTLS must be true or false'],
  ])('refuses %j in one line naming the source', (value, what) => {
    const error = (() => {
      try {
        parseSmtpUrl(value, 'SSH_DOCTOR_SMTP_URL');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(`SSH_DOCTOR_SMTP_URL: ${what}`);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never shows the password in an error, and can raise a ConfigError', () => {
    expect(() => parseSmtpUrl('ftp://bob:hunter2@x', 'config.json: smtp', ConfigError)).toThrow(ConfigError);
    expect(() => parseSmtpUrl('ftp://bob:hunter2@x', 'config.json: smtp')).toThrow(/ftp:\/\/bob:\*\*\*@x/);
    expect(() => parseSmtpUrl('smtp://bob:hun@ter2@x/p', '--smtp')).not.toThrow(/hun|ter2/);
  });
});

describe('maskSmtpUrl', () => {
  it.each([
    ['smtp://bob:secret@host:25', 'smtp://bob:***@host:25'],
    ['smtp://bob:se@cr@et@host', 'smtp://bob:***@host'],
    ['smtp://bob@host', 'smtp://bob@host'],
    ['smtp://host', 'smtp://host'],
    ['smtp://:secret@host', 'smtp://:***@host'],
  ])('%s → %s', (url, masked) => {
    expect(maskSmtpUrl(url)).toBe(masked);
  });
});
