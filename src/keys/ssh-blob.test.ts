import { describeBlob, sha256Fingerprint } from './ssh-blob.js';

// Public key of the site help page (a real 4096-bit RSA key).
const SEED =
  'AAAAB3NzaC1yc2EAAAADAQABAAACAQDMW7eR0JPEh/1F4k2LEoBQMHaZ3uRL6uZM3S9LEzwhXKnOwpjP3opsjldCgyc3xSTbrgWCoJLdq4xitTmLF/1Da6a3CX9PHLB3WT0YeJCa2vGbHozqldgDg4k8ZagaYFozK7uMqeZTYdhPN2Q9YE+ptaXFUXMyOaUbfSuMPMyHeAc7MeG7f+ivf4RunQTcnY8fbLM2Gx1voE5KUTph1atRgkOKYmNSWPijn2qmQ6BYeFwttojiuOWH0bCSXy/JywinamyBzt0JK40rAlCa09lP+5jia0N0Sn6nmijZ1o3oaO6nOjYMZ1os3OAbmafX8wfSDarKqWE5kQQmF5abyZ9PvI+MliXVe//bEjIxW00z0s3bM6EWzJ1/MmtI5aNT3DpgXx0pzh9uPMA5tgdl90BvxXNljovxriYqtwcWTfWtEDnQekFOeQI3S/ou0rRZ80n3RwUTs0soxkOo4lSTP2Jh/KYeGqQPuMPOLiW5oHZPXQZ5uu0VWCjFB9kD+NXxoWoOrJ6t6DRzwoEO83V87uUyz3Bzlw9aixxWEr38CW7ZVXqpTnFKj/TdPkny7Ms77cLBb3WbPZTWmJlO9MNNPGFuoHWRR/n199BYSRu46Zvh0k2xivJ52JdJ/ud0DfRY0p4CoAWupNaMw0qRDUzawkY+pKVHTf2oJF7KuTZhabuXmQ==';

describe('describeBlob', () => {
  it('reads type and modulus size of an RSA blob', () => {
    const info = describeBlob(Buffer.from(SEED, 'base64'));
    expect(info).toMatchObject({ sshType: 'ssh-rsa', family: 'RSA', bits: 4096 });
    expect(info?.fingerprint).toBe(sha256Fingerprint(Buffer.from(SEED, 'base64')));
  });

  it('rejects truncated and garbage blobs', () => {
    expect(describeBlob(Buffer.from(SEED, 'base64').subarray(0, 40))).toBeNull();
    expect(describeBlob(Buffer.from('hello world'))).toBeNull();
    expect(describeBlob(Buffer.alloc(0))).toBeNull();
  });
});
