// A real SMTP server in-process on 127.0.0.1 for mail tests: collects messages, fails on demand.
import { createServer, type Server, type Socket } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { freePort } from './system.js';

/** How the server misbehaves; switch it at any time with `setFailure`. */
export type SmtpFailure =
  | 'none'
  /** 421 at the greeting: service not available. */
  | 'greeting-421'
  /** 451 after the message data: local error, try later. */
  | 'data-451'
  /** 550 to RCPT TO: mailbox unavailable, permanent. */
  | 'rcpt-550'
  /** The TCP connection is destroyed while the message data arrives. */
  | 'drop-in-data';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface SmtpHarness {
  port: number;
  /** `smtp://127.0.0.1:PORT`, with credentials when the server wants them. */
  url: string;
  messages: ReceivedMail[];
  /** Connections accepted, failed ones included. */
  connections: number;
  setFailure(failure: SmtpFailure): void;
  close(): Promise<void>;
}

export interface SmtpOptions {
  /** Listen on this port (to bring a server up where a test first found a closed port). */
  port?: number;
  failure?: SmtpFailure;
  /** Require this login (AUTH PLAIN/LOGIN over plain text, fine on loopback). */
  auth?: { user: string; pass: string };
  /** Wait this long before accepting a message, to make concurrent senders overlap. */
  acceptDelayMs?: number;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** Starts the server; STARTTLS is not offered (a client with requireTLS must fail). */
export async function startSmtp(opts: SmtpOptions = {}): Promise<SmtpHarness> {
  let failure: SmtpFailure = opts.failure ?? 'none';
  const messages: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const dropSession = (session: SMTPServerSession) => {
    for (const s of sockets) if (s.remotePort === session.remotePort) s.destroy();
  };
  const server = new SMTPServer({
    logger: false,
    secure: false,
    closeTimeout: 100,
    disabledCommands: opts.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !opts.auth,
    allowInsecureAuth: true,
    onConnect(_session, callback) {
      callback(failure === 'greeting-421' ? smtpError(421, 'Service not available, try later') : null);
    },
    onAuth(auth, _session, callback) {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) {
        callback(null, { user: auth.username });
      } else callback(smtpError(535, 'Authentication credentials invalid'));
    },
    onRcptTo(_address, _session, callback) {
      callback(failure === 'rcpt-550' ? smtpError(550, 'No such user here') : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (failure === 'drop-in-data') dropSession(session);
      });
      stream.on('end', () => {
        if (failure === 'data-451') return callback(smtpError(451, 'Local error in processing, try later'));
        const accept = () => {
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
          });
          callback(null, 'queued');
        };
        if (opts.acceptDelayMs) setTimeout(accept, opts.acceptDelayMs);
        else accept();
      });
    },
  });
  const port = opts.port ?? (await freePort());
  const harness: SmtpHarness = {
    port,
    url: opts.auth
      ? `smtp://${opts.auth.user}:${opts.auth.pass}@127.0.0.1:${port}`
      : `smtp://127.0.0.1:${port}`,
    messages,
    connections: 0,
    setFailure: (f) => {
      failure = f;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  server.server.on('connection', (socket: Socket) => {
    harness.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return harness;
}

export { freePort };
