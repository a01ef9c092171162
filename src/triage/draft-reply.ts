// Support answers the same causes every week: draft the reply from the findings, ready to edit and send.
import type { Finding } from '../report/schema.js';
import type { TriagedTicket } from './ticket.js';

const SIGNATURE = ['Best regards,', 'The support team'];

function findingPart(f: Finding, n: number | null): string[] {
  const lines = [`${n === null ? '' : `${n}. `}${f.title}`, '', f.explanation, ''];
  if (f.evidence.length > 0) {
    lines.push('Your output shows:', ...f.evidence.slice(0, 3).map((e) => `    ${e.text}`), '');
  }
  lines.push(`What to do: ${f.fix.text}`);
  if (f.fix.commands.length > 0) lines.push('', ...f.fix.commands.map((c) => `    ${c}`));
  lines.push('');
  return lines;
}

/** A polite plain-text reply: greeting, what we found with its fix commands, how to follow up, signature. */
export function draftReply(ticket: TriagedTicket): string {
  const hello = ticket.login ? `Hello ${ticket.login},` : 'Hello,';
  const shown = ticket.findings.filter((f) => f.severity !== 'info' && f.category !== 'success');
  const lines = [hello, '', 'Thank you for sending the output of the connection test.', ''];
  if (ticket.cause === 'success') {
    lines.push('Your output shows that the connection to the cluster works: you are logged in.', '');
    if (shown.length > 0) lines.push('A few things are still worth fixing:', '');
  } else if (shown.length === 0) {
    lines.push(
      'We could not find the cause of the problem in the output you sent.',
      'Please run the full command again and send us everything it prints, including the',
      '`ssh -vvv` part (as text, not as a screenshot):',
      '',
      '    uname -a;ls -al $HOME/.ssh;ssh-add -l;ssh-add -L;head -2 $HOME/.ssh/id_rsa;cat $HOME/.ssh/id_rsa.pub;date;',
      '    ssh -vvv your_login@the_cluster',
      '',
      'or run `ssh-doctor`, which prepares the mail for you.',
      '',
    );
  } else {
    lines.push(
      shown.length === 1
        ? 'Here is what prevents the connection:'
        : 'Here is what we found, most important first:',
      '',
    );
  }
  shown.forEach((f, i) => {
    lines.push(...findingPart(f, shown.length > 1 ? i + 1 : null));
  });
  if (ticket.cause !== 'success' && shown.length > 0) {
    lines.push('Then try to connect again. If it still fails, reply to this mail with the new output.', '');
  }
  return [...lines, ...SIGNATURE].join('\n');
}
