// A temporary Unix user whose passwd home is a temp dir: ssh takes `~` from passwd, so a fake $HOME is not enough.
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sh } from './system.js';

const LOCK = '/tmp/ssh-doctor-test-passwd.lock';

export interface TestUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  sshDir: string;
  remove(): Promise<void>;
}

/** useradd/userdel lock /etc/passwd; jest workers run in parallel, so serialize them with flock. */
async function locked(argv: string[]): Promise<void> {
  await sh(['flock', '-w', '30', LOCK, ...argv]);
}

export async function createTestUser(home: string): Promise<TestUser> {
  const name = `sdt${randomBytes(4).toString('hex')}`;
  await locked(['useradd', '-M', '-d', home, '-s', '/bin/sh', '-U', name]);
  // With `UsePAM no`, sshd refuses accounts whose password field is `!` (locked): make it `*`.
  await locked(['usermod', '-p', '*', name]);
  const uid = Number((await sh(['id', '-u', name])).stdout.trim());
  const gid = Number((await sh(['id', '-g', name])).stdout.trim());
  const sshDir = join(home, '.ssh');
  await mkdir(sshDir, { recursive: true });
  await chown(home, uid, gid);
  await chown(sshDir, uid, gid);
  await chmod(home, 0o755);
  await chmod(sshDir, 0o700);
  return {
    name,
    uid,
    gid,
    home,
    sshDir,
    async remove() {
      await sh(['pkill', '-KILL', '-u', name]).catch(() => undefined);
      await locked(['userdel', name]).catch(() => undefined);
    },
  };
}
