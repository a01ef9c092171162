import { scriptedIo } from '../../test/harness/mail-fixtures.js';
import { ConfigError, UsageError } from '../errors.js';
import { resolveFrom } from './resolve-from.js';

const base = { env: {}, config: {}, configPath: '/c.json' };

describe('resolveFrom', () => {
  it('takes --from over SSH_DOCTOR_FROM over the config file', async () => {
    const io = scriptedIo(true);
    const env = { SSH_DOCTOR_FROM: 'env@example.org' };
    const config = { from: 'file@example.org' };
    expect(await resolveFrom({ ...base, env, config, io, prompt: true, flag: 'flag@example.org' })).toBe(
      'flag@example.org',
    );
    expect(await resolveFrom({ ...base, env, config, io, prompt: true })).toBe('env@example.org');
    expect(await resolveFrom({ ...base, config, io, prompt: true })).toBe('file@example.org');
    expect(io.questions).toEqual([]);
  });

  it('names the source of a bad address in one line', async () => {
    const io = scriptedIo(false);
    await expect(
      resolveFrom({ ...base, io, prompt: false, flag: 'a@b.org\r\nBcc: e@f.org' }),
    ).rejects.toThrow(UsageError);
    await expect(resolveFrom({ ...base, io, prompt: false, flag: 'nope' })).rejects.toThrow(
      /^--from: "nope"/,
    );
    await expect(resolveFrom({ ...base, env: { SSH_DOCTOR_FROM: 'x' }, io, prompt: false })).rejects.toThrow(
      /SSH_DOCTOR_FROM/,
    );
    await expect(resolveFrom({ ...base, config: { from: 'x' }, io, prompt: false })).rejects.toThrow(
      ConfigError,
    );
  });

  it('asks on a terminal until an address is typed, and accepts an empty answer as "none"', async () => {
    const io = scriptedIo(true, ['not an address', ' alice@lab.example.org ']);
    expect(await resolveFrom({ ...base, io, prompt: true })).toBe('alice@lab.example.org');
    expect(io.questions).toHaveLength(2);
    expect(await resolveFrom({ ...base, io: scriptedIo(true, ['']), prompt: true })).toBeUndefined();
    expect(await resolveFrom({ ...base, io: scriptedIo(false, ['a@b.org']), prompt: true })).toBeUndefined();
  });
});
