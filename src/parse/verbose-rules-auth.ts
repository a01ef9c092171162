// Line rules for user authentication: methods, each offered key and its fate, denial or success.
import { pendingAttempt, settle, startAttempt } from './verbose-attempts.js';
import { type LineRule, splitList, toInt, type VerboseState } from './verbose-state.js';

function signFailure(s: VerboseState, reason: string): string {
  settle(pendingAttempt(s), 'sign-failed', reason);
  return /agent refused operation/.test(reason) ? 'agent-refused' : 'sign-failed';
}

export const authRules: readonly LineRule[] = [
  {
    kind: 'auth-target',
    re: /^Authenticating to (.+):(\d+) as '(.*)'$/,
    apply: (s, m) => {
      s.c.authTarget = { host: m[1] ?? '', port: toInt(m[2]), user: m[3] ?? '' };
    },
  },
  {
    kind: 'auth-methods',
    re: /^Authentications that can continue: (.*)$/,
    apply: (s, m) => {
      s.c.authMethodsCanContinue.push(splitList(m[1] ?? ''));
      const a = pendingAttempt(s);
      if (a?.result === 'unknown') settle(a, 'refused', null);
      s.pending = null;
    },
  },
  { kind: 'next-auth-method', re: /^Next authentication method: (\S+)$/ },
  {
    kind: 'offering-key',
    re: /^Offering (?:(\S+) )?public key: (.*)$/,
    apply: (s, m, ln) => startAttempt(s, m[2] ?? '', m[1] ?? null, 'offer', ln.line),
  },
  {
    kind: 'trying-private-key',
    re: /^Trying private key: (.*)$/,
    apply: (s, m, ln) => startAttempt(s, m[1] ?? '', null, 'private-key', ln.line),
  },
  {
    kind: 'server-accepts-key',
    re: /^Server accepts key: (.*)$/,
    apply: (s, m, ln) => {
      if (pendingAttempt(s) === null) startAttempt(s, m[1] ?? '', null, 'offer', ln.line); // a log's tail
      const a = pendingAttempt(s);
      if (a) Object.assign(a, { serverAccepted: true, result: 'accepted' });
    },
  },
  {
    kind: 'no-mutual-signature',
    re: /(?:^|: )(no mutual signature (?:algorithm|supported))$/,
    apply: (s, m) => {
      const a = pendingAttempt(s);
      return settle(a, a?.serverAccepted ? 'sign-failed' : 'skipped', m[1] ?? null);
    },
  },
  {
    kind: 'sign-failed',
    re: /signing failed for \S+ "(.*)"(?: from agent)?: (.+)$/,
    error: true,
    apply: (s, m) => signFailure(s, m[2] ?? ''),
  },
  {
    kind: 'sign-failed',
    re: /^sign_and_send_pubkey: signing failed: (.+)$/,
    error: true,
    apply: (s, m) => signFailure(s, m[1] ?? ''),
  },
  { kind: 'password-prompt', re: /^(.+)@(.+)'s password: ?$/ },
  { kind: 'password-rejected', re: /^Permission denied, please try again\.$/, error: true },
  { kind: 'no-more-auth-methods', re: /^No more authentication methods to try\.$/ },
  {
    kind: 'permission-denied',
    re: /^(?:(.+)@([^@\s]+): )?Permission denied \(([^)]*)\)\.?$/,
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => {
      s.c.permissionDenied = {
        user: m[1] ?? null,
        host: m[2] ?? null,
        methods: splitList(m[3] ?? ''),
        line: ln.line,
      };
    },
  },
  {
    // AuthenticationMethods: this step worked (a key was signed), the server wants another one.
    kind: 'partial-success',
    re: /^Authenticated (?:using "(.+)" )?with partial success\.$/,
    apply: (s) => {
      const a = s.c.authAttempts.findLast((x) => x.serverAccepted || x.result === 'unknown');
      if (a && a.method !== 'prepare') Object.assign(a, { result: 'accepted', serverAccepted: true });
      s.pending = null;
    },
  },
  // Second-factor prompts of keyboard-interactive (PAM: OTP, Duo, Google Authenticator), shown only on a terminal.
  {
    kind: 'second-factor-prompt',
    re: /^\(\S+@\S+\) [^:]+: ?$|^Enter a passcode or select one of the following options:$|^(?:\(.+@.+\) )?(?:Verification code|One-time password(?: \(OATH\))?(?: for .+)?|Enter PASSCODE|OTP|Duo two-factor login for .+|Passcode or option \(\d-\d\)|Token(?: code)?): ?$/i,
    level: 'plain',
  },
  {
    kind: 'authenticated',
    re: /^Authenticated to (.+?) \((.*)\)(?: using "(.+)")?\.?$|^Authentication succeeded \((.+)\)\.?$/,
    terminal: 'success',
    apply: (s, m) => {
      const method = m[3] ?? m[4] ?? 'unknown';
      s.c.authenticatedWith = method;
      const a = s.c.authAttempts.findLast((x) => x.result === 'accepted' || x.result === 'unknown');
      if (a && a.method !== 'prepare' && (method === 'publickey' || method === 'unknown'))
        Object.assign(a, { result: 'accepted', serverAccepted: true });
      s.pending = null;
    },
  },
  { kind: 'session-started', re: /^Entering interactive session\.?$/, terminal: 'success' },
  // GitHub, Gitea/Forgejo (`Hi there, NAME! You've successfully authenticated with the key named ...`), Gitee...
  { kind: 'authenticated', re: /^Hi .+! You've successfully authenticated/, terminal: 'success' },
  // Other git hosting services answer `ssh -T git@host` with a greeting once the key is accepted (no -v needed).
  { kind: 'service-greeting', re: /^Welcome to GitLab, .+!$/, level: 'plain', terminal: 'success' },
  {
    kind: 'service-greeting',
    re: /^authenticated via (?:an? )?(?:ssh|deploy) key\.$|^You can use git(?: or hg)? to connect to Bitbucket\. Shell access is disabled\.?$/,
    level: 'plain',
    terminal: 'success',
  },
  // Azure DevOps (then `shell request failed on channel 0`, which is not a failure of the login).
  {
    kind: 'service-greeting',
    re: /^remote: Shell access is not supported\.$/,
    level: 'plain',
    terminal: 'success',
  },
  { kind: 'exit-status', re: /^Exit status (-?\d+)$/ },
  // Printed by the server only once the login succeeded (whatever happens to the session afterwards).
  {
    kind: 'after-login',
    re: /^Last login: (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} +\d{1,2} \d\d:\d\d:\d\d \d{4}(?: from \S+)?$|^Could not chdir to home directory .+: .+$|^This account is currently not available\.$/,
    level: 'plain',
    terminal: 'success',
  },
];
