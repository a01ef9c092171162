// English texts of the SSH0xx rules (network, DNS, connection).
import type { Catalogue } from './catalogue.js';

export const EN_NETWORK: Catalogue = {
  SSH001: {
    title: 'The host name {host} does not resolve',
    explanation:
      'ssh could not turn {host} into an address ({reason}): a typo, no network, or a DNS/VPN problem on this machine.',
    fix: 'On your computer: check the spelling of the host name and that this machine is online, then retry.',
    commands: ['getent hosts {host} || nslookup {host}'],
  },
  SSH010: {
    title: '{host} looks like a Host alias that ssh did not apply',
    explanation:
      'A name without a dot is usually an alias from ~/.ssh/config; ssh tried it as a real host name, so the alias was not read (wrong file, or a Host line that does not match).',
    fix: 'On your computer: define the alias in ~/.ssh/config (or use the full host name).',
    commands: [
      "printf '\\nHost {host}\\n  HostName {hostname}\\n  User {login}\\n' >> ~/.ssh/config",
      'ssh -G {host} | grep -i ^hostname',
    ],
  },
  SSH002: {
    title: 'Connection refused by {host} port {port}',
    explanation:
      'The host answered but nothing accepts SSH connections on port {port} (wrong port, sshd down, or a firewall rejecting).',
    fix: 'Check the host name and port (the site uses port 22). If they are right, the server or a firewall refuses you: tell support, with this report.',
    commands: ['ssh -G {host} | grep -iE "^(hostname|port) "'],
  },
  SSH003: {
    title: 'Connection to {host} port {port} timed out',
    explanation:
      'No answer at all: packets are dropped on the way (firewall, host down, or a network that needs a VPN to reach the site).',
    fix: 'On your network: try from another network or connect to your institution VPN first; if it still times out, tell support with this report.',
    commands: ['nc -vz -w 5 {host} {port}'],
  },
  SSH004: {
    title: '{host} accepted the connection but never spoke SSH',
    explanation:
      'TCP connected but the SSH greeting did not arrive in time: an overloaded server, a filtering middlebox, or a slow reverse DNS lookup on the server.',
    fix: 'Retry in a few minutes; if it persists, tell support (server side), with this report.',
    commands: [],
  },
  SSH005: {
    title: 'No route to {host}',
    explanation:
      'This machine has no network path to the server ({error}): offline, a missing VPN, or a local firewall.',
    fix: 'On your computer/network: check the network connection and VPN, then retry.',
    commands: ['ip route get $(getent hosts {host} | cut -d" " -f1) 2>/dev/null || route -n get {host}'],
  },
  SSH006: {
    title: 'The server closed the connection {phase}',
    explanation:
      'The connection was cut by {host} (or something in front of it): blocked address (fail2ban, hosts.deny), too many simultaneous connections, or a wrong port.',
    fix: 'Server side: wait 10 minutes and retry once; if it persists, tell support your public IP address and this report.',
    commands: ['curl -s https://ifconfig.me; echo'],
    phrases: { 'before-banner': 'before the SSH banner', 'during-login': 'during the login' },
  },
  SSH007: {
    title: 'The proxy or jump host failed before reaching the server',
    explanation:
      'The connection goes through {via}; that step failed (jump host refused, unreachable target, forwarding forbidden), so the real server was never reached.',
    fix: 'On your computer: test the jump host alone first, then fix its entry in ~/.ssh/config (ProxyJump/ProxyCommand).',
    commands: ['ssh -G {via} 2>/dev/null | grep -iE "^(hostname|user|proxyjump|proxycommand) "'],
  },
  SSH008: {
    title: 'Port {port} of {host} does not answer like an SSH server',
    explanation:
      'Something else listens there (a web server, an SSH-1 only device): the port or host name is wrong.',
    fix: 'On your computer: use the right host and port 22 (remove any Port line for this host in ~/.ssh/config).',
    commands: ['ssh -G {host} | grep -i "^port "'],
  },
  SSH009: {
    title: 'Connected: the login works',
    explanation: 'The server accepted your key; nothing needs fixing for the connection itself.',
    fix: 'Nothing to do.',
    commands: [],
  },
  SSH011: {
    title: 'The proxy program failed before reaching the server ({what})',
    explanation:
      'The connection goes through {via}; its own program failed before ssh could talk to the server: a command missing on this machine or on the bastion (nc, ncat, aws, gcloud), a cloud tunnel that refused (AWS SSM, GCP IAP, bastion service), or a program Windows could not start.',
    fix: 'On your computer: run the proxy command alone to see its error, install the missing program (on the bastion for nc) or use ProxyJump instead of nc, and check that the tunnel service lets you in.',
    commands: ['ssh -G {host} 2>/dev/null | grep -iE "^(proxyjump|proxycommand) "'],
    phrases: {
      missing: 'program not found',
      tunnel: 'tunnel refused',
      spawn: 'could not be started',
      connect: 'it could not reach the server',
    },
  },
};
