// Turns a file's uid into a user name. Node has no getpwuid: the current user comes from os.userInfo() and the
// rest from /etc/passwd; directory-service users (LDAP, common on clusters) need a resolver from the caller.
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';

/** Resolves a uid to a login name, or null when unknown. */
export type OwnerResolver = (uid: number) => Promise<string | null>;

/** Parses passwd(5) text into uid → name (first entry wins). */
export function parsePasswd(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of text.split('\n')) {
    const [name, , uid] = line.split(':');
    const n = Number(uid);
    if (name && uid !== undefined && uid !== '' && Number.isInteger(n) && !out.has(n)) out.set(n, name);
  }
  return out;
}

/** Default resolver: the running user, then /etc/passwd (read once). */
export function createOwnerResolver(passwdPath = '/etc/passwd'): OwnerResolver {
  let table: Promise<Map<number, string>> | null = null;
  return async (uid) => {
    try {
      const me = userInfo();
      if (me.uid === uid) return me.username;
    } catch {
      // no passwd entry for the running uid: fall through to the file
    }
    table ??= readFile(passwdPath, 'utf8').then(parsePasswd, () => new Map<number, string>());
    return (await table).get(uid) ?? null;
  };
}
