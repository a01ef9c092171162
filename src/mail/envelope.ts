// The SMTP envelope is read back from the stored .eml, so the outbox file alone is enough to send a message.
import addressparser from 'nodemailer/lib/addressparser';
import { parseAddress } from './address.js';

/** Who the message is from and to, as the server is told in MAIL FROM / RCPT TO. */
export interface Envelope {
  from: string | undefined;
  to: string[];
}

/** The header block of a raw message (up to the first empty line), unfolded, as `name → values`. */
export function readHeaders(raw: Buffer): Map<string, string[]> {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string[]>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return headers;
}

function addressesOf(values: string[] | undefined): string[] {
  const out: string[] = [];
  for (const value of values ?? []) {
    for (const entry of addressparser(value, { flatten: true })) {
      const address = entry.address ? parseAddress(entry.address) : undefined;
      if (address) out.push(address);
    }
  }
  return out;
}

/** The envelope of a stored message: From (may be missing) and To + Cc. */
export function readEnvelope(raw: Buffer): Envelope {
  const headers = readHeaders(raw);
  return {
    from: addressesOf(headers.get('from'))[0],
    to: addressesOf([...(headers.get('to') ?? []), ...(headers.get('cc') ?? [])]),
  };
}

/** The header value of the Subject line as stored (possibly MIME-encoded), for listings. */
export function readSubject(raw: Buffer): string {
  return readHeaders(raw).get('subject')?.[0] ?? '';
}

/** Completes a message saved without a sender: prepends From and Reply-To (the address is validated first). */
export function addSender(raw: Buffer, from: string): Buffer {
  const address = parseAddress(from);
  if (!address) throw new Error('invalid from address');
  return Buffer.concat([Buffer.from(`From: ${address}\r\nReply-To: ${address}\r\n`, 'latin1'), raw]);
}
