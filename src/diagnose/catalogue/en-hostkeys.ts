// English texts of the SSH1xx rules (host keys and algorithms).
import type { Catalogue } from './catalogue.js';

const HOST_BLOCK =
  "printf '\\nHost {host}\\n  HostkeyAlgorithms +ssh-rsa\\n  {pkOption} +ssh-rsa\\n' >> ~/.ssh/config";

export const EN_HOSTKEYS: Catalogue = {
  SSH101: {
    title: 'The server host key of {host} changed',
    explanation:
      'The key the server sent ({fingerprint}) differs from the one stored in {file} line {line}. The server was reinstalled, or someone is intercepting the connection. It {official} the official fingerprint published by the site.',
    fix: 'Check the fingerprint with support (or the site web page) first. Only if it is the official one, remove the old entry on your computer and reconnect.',
    commands: ['ssh-keygen -R "{host}"'],
    phrases: {
      'official-match': 'matches',
      'official-mismatch': 'does NOT match',
      'official-unknown': 'cannot be checked against',
    },
  },
  SSH102: {
    title: 'The host key of {target} is unknown and ssh could not ask',
    explanation:
      'First connection: the server key ({fingerprint}) is not in known_hosts, and ssh ran without a terminal or with strict checking, so it refused instead of asking.',
    fix: 'On your computer: connect once from a terminal and answer yes after checking the fingerprint, or accept new keys automatically.',
    commands: ['ssh -o StrictHostKeyChecking=accept-new {target} true'],
  },
  SSH103: {
    title: 'No common host key algorithm: the server only offers {offer}',
    explanation:
      'Your OpenSSH no longer accepts the old {alg} host key that the server offers (disabled by default since OpenSSH 8.8). The server is old, so your RSA key also needs the SHA-1 signature for it.',
    fix: 'On your computer: allow ssh-rsa for this host only (it weakens security, so not for other hosts).',
    commands: [HOST_BLOCK],
  },
  SSH104: {
    title: 'No common key exchange method with the server',
    explanation: 'The server only offers {offer}, which your OpenSSH disabled as weak.',
    fix: "On your computer: re-enable one of the server's methods for this host only (it weakens security).",
    commands: ["printf '\\nHost {host}\\n  KexAlgorithms +{alg}\\n' >> ~/.ssh/config"],
  },
  SSH105: {
    title: 'No common cipher with the server',
    explanation: 'The server only offers {offer}, which your OpenSSH disabled.',
    fix: "On your computer: re-enable one of the server's ciphers for this host only (it weakens security).",
    commands: ["printf '\\nHost {host}\\n  Ciphers +{alg}\\n' >> ~/.ssh/config"],
  },
  SSH106: {
    title: 'No common MAC with the server',
    explanation: 'The server only offers {offer}, which your OpenSSH disabled.',
    fix: "On your computer: re-enable one of the server's MACs for this host only (it weakens security).",
    commands: ["printf '\\nHost {host}\\n  MACs +{alg}\\n' >> ~/.ssh/config"],
  },
  SSH107: {
    title: 'Your key was not used: no signature algorithm in common with the server',
    explanation:
      'Your OpenSSH will not sign with ssh-rsa (SHA-1), and {server} offers nothing better for this key, so the key was skipped and never reached the server.',
    fix: 'On your computer: allow ssh-rsa for this host only, as the site help page says.',
    commands: [HOST_BLOCK],
  },
  SSH108: {
    title: 'Your RSA key was skipped: the server ({server}) predates rsa-sha2',
    explanation:
      'OpenSSH 8.8 and later only sign RSA keys with rsa-sha2, which servers older than 7.2 do not know; ssh silently skipped the key, so the server saw no key.',
    fix: 'On your computer: allow ssh-rsa for this host only, as the site help page says.',
    commands: [HOST_BLOCK],
  },
  SSH109: {
    title: 'Your OpenSSH {client} is too old for this server (OpenSSH {server})',
    explanation:
      'Clients older than 7.2 sign RSA keys with SHA-1 only, which servers from OpenSSH 8.8 on refuse; the key was refused however it was registered.',
    fix: 'On your computer: upgrade OpenSSH (or MobaXterm/PuTTY) to a current version.',
    commands: ['ssh -V'],
  },
  SSH110: {
    title: 'This server only speaks ssh-rsa (SHA-1)',
    explanation:
      'Your OpenSSH (8.8 or later) disables ssh-rsa by default; with this server it needs both lines of the site help page for this host.',
    fix: 'On your computer: add the two lines for this host only.',
    commands: [HOST_BLOCK],
  },
  SSH111: {
    title: 'The server refused your RSA key signed with SHA-1 ({version})',
    explanation:
      'ssh logged in with your RSA key, but signed with ssh-rsa (SHA-1), which the server (GitHub and others since 2022) no longer accepts, so it refused to serve the session. Clients older than OpenSSH 7.2, or a config forcing ssh-rsa, sign this way.',
    fix: 'On your computer: upgrade OpenSSH (or Git for Windows), remove any PubkeyAcceptedAlgorithms/HostkeyAlgorithms line that forces ssh-rsa, or use an ed25519 key for that service.',
    commands: ['ssh -V', 'ssh-keygen -t ed25519'],
  },
};
