// A key described in a few words for the user: `~/.ssh/meso_rsa (RSA 4096, with a passphrase)`.
import { displayPath } from '../fix/ssh-paths.js';
import type { KeyFile } from '../report/schema.js';

export function keyLabel(key: KeyFile, home: string): string {
  const type = [key.keyType, key.bits].filter((x) => x !== null).join(' ');
  const pass =
    key.encrypted === true ? 'with a passphrase' : key.encrypted === false ? 'no passphrase' : null;
  const facts = [type || null, pass].filter((x) => x !== null).join(', ');
  return `${displayPath(key.path, home)}${facts ? ` (${facts})` : ''}`;
}
