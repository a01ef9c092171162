// Line rules for the programs a ProxyCommand runs, seen through their own errors: nc missing on the bastion, a cloud
// tunnel (AWS SSM, GCP IAP, cloudflared) refusing, Windows unable to start the proxy program.
import type { LineRule } from './verbose-state.js';

/** Programs people run as a ProxyCommand (locally or on the bastion). */
const PROXY_TOOLS =
  'nc|ncat|netcat|nc\\.openbsd|nc\\.traditional|socat|connect|connect-proxy|corkscrew|proxytunnel|aws|gcloud|az|session-manager-plugin|cloudflared|ssm-proxy|tsh|boundary|teleport';

export const proxyRules: readonly LineRule[] = [
  // `bash: nc: command not found`, `/bin/sh: 1: nc: not found`, `zsh:1: command not found: nc`, `sh: nc: not found`.
  {
    kind: 'proxy-program-missing',
    re: new RegExp(
      `(?:^|: )(?:line \\d+: |\\d+: )?(?:${PROXY_TOOLS}): (?:command )?not found$|(?:^|: ?)(?:\\d+: )?command not found: (?:${PROXY_TOOLS})$|^'(?:${PROXY_TOOLS})' is not recognized as an internal or external command`,
    ),
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  // ssh runs a ProxyCommand as `exec CMD`: the shell's `exec: X: not found` names a proxy program whatever X is.
  {
    kind: 'proxy-program-missing',
    re: /(?:^|: )(?:line \d+: |\d+: )?exec: (\S+): (?:not found|No such file or directory|Permission denied)$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  // Windows OpenSSH cannot start the ProxyCommand program (`error:2` = file not found).
  {
    kind: 'proxy-spawn-failed',
    re: /^CreateProcessW failed error:\d+$|^(?:posix_spawnp?|spawn): (?:No such file or directory|Permission denied|.*not found)$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'proxy-spawn-failed',
    re: /^proxy dialer did not pass back a connection$/,
    terminal: 'failure',
    error: true,
  },
  // The proxy program ran but could not reach the target from where it runs (nc, ncat, socat on the bastion).
  {
    kind: 'proxy-connect-failed',
    re: /^nc: connect to \S+ port \d+ \(tcp\) failed: (.+)$|^nc: getaddrinfo(?: for host "[^"]*" port \d+)?: (.+)$|^Ncat: (Connection refused|Connection timed out|No route to host|Could not resolve hostname .+)\.?$|^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d socat\[\d+\] E (?:connect\(|getaddrinfo)/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  // AWS Systems Manager (ProxyCommand `aws ssm start-session ...`).
  {
    kind: 'proxy-tunnel-refused',
    re: /An error occurred \((TargetNotConnected|AccessDeniedException|InvalidInstanceId|ThrottlingException|ExpiredTokenException|UnrecognizedClientException)\) when calling the StartSession operation|SessionManagerPlugin is not found/,
    terminal: 'failure',
    error: true,
  },
  // GCP IAP TCP forwarding (`gcloud compute start-iap-tunnel`, `gcloud compute ssh --tunnel-through-iap`).
  {
    kind: 'proxy-tunnel-refused',
    re: /Error while connecting \[(\d{4}): '([^']*)'\]|\(gcloud\.compute\.start-iap-tunnel\)|failed to connect to backend/,
    terminal: 'failure',
    error: true,
  },
  // cloudflared access ssh, Azure Bastion tunnels.
  {
    kind: 'proxy-tunnel-refused',
    re: /websocket: bad handshake|failed to connect to origin|\(gcloud\.compute\.ssh\) .*(?:IAP|tunnel)|az network bastion (?:ssh|tunnel).*(?:failed|error)|Bastion Host SKU must be (?:Standard|Premium)|Native Client must be enabled/i,
    terminal: 'failure',
    error: true,
  },
];
