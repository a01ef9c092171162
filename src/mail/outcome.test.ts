import { classifyMailError } from './outcome.js';

const err = (fields: Record<string, unknown>) =>
  Object.assign(new Error(String(fields.message ?? 'x')), fields);

describe('classifyMailError', () => {
  it.each([
    [
      'connection refused',
      err({ code: 'ESOCKET', originalCode: 'ECONNREFUSED', command: 'CONN' }),
      'temporary',
    ],
    ['timeout', err({ code: 'ETIMEDOUT', command: 'CONN' }), 'temporary'],
    ['421 at greeting', err({ code: 'EPROTOCOL', responseCode: 421, command: 'CONN' }), 'temporary'],
    ['451 after data', err({ code: 'EMESSAGE', responseCode: 451, command: 'DATA' }), 'temporary'],
    ['452 on rcpt', err({ code: 'EENVELOPE', responseCode: 452, command: 'RCPT TO' }), 'temporary'],
    ['TLS unavailable', err({ code: 'ETLS', responseCode: 502, command: 'STARTTLS' }), 'temporary'],
    ['bad login', err({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' }), 'temporary'],
    ['554 at greeting', err({ code: 'EPROTOCOL', responseCode: 554, command: 'CONN' }), 'temporary'],
    ['dropped', err({ code: 'ECONNECTION', command: 'CONN' }), 'temporary'],
    ['not an error object', 'boom', 'temporary'],
    ['550 on rcpt', err({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }), 'permanent'],
    ['553 on mail from', err({ code: 'EENVELOPE', responseCode: 553, command: 'MAIL FROM' }), 'permanent'],
    ['554 after data', err({ code: 'EMESSAGE', responseCode: 554, command: 'DATA' }), 'permanent'],
  ])('%s → %s', (_name, error, status) => {
    const outcome = classifyMailError(error);
    expect(outcome.status).toBe(status);
    expect(outcome.detail).not.toBe('');
  });
});
