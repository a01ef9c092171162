// Support answers the same causes every week: draft the reply from the findings, ready to edit and send, in the
// language of the diagnosis texts (`--lang`, profile `language`).
import type { Language } from '../render/render-labels.js';
import type { Finding } from '../report/schema.js';
import type { TriagedTicket } from './ticket.js';

interface ReplyWords {
  hello(login: string | null): string;
  thanks: string;
  works: string;
  stillWorthFixing: string;
  noCause: string[];
  yourLogin: string;
  orRunDoctor: string;
  onlyOne: string;
  several: string;
  shows: string;
  whatToDo: string;
  tryAgain: string;
  signature: string[];
}

const WORDS: Record<Language, ReplyWords> = {
  en: {
    hello: (login) => (login ? `Hello ${login},` : 'Hello,'),
    thanks: 'Thank you for sending the output of the connection test.',
    works: 'Your output shows that the connection to the cluster works: you are logged in.',
    stillWorthFixing: 'A few things are still worth fixing:',
    noCause: [
      'We could not find the cause of the problem in the output you sent.',
      'Please run the full command again and send us everything it prints, including the',
      '`ssh -vvv` part (as text, not as a screenshot):',
    ],
    yourLogin: 'your_login@the_cluster',
    orRunDoctor: 'or run `ssh-doctor`, which prepares the mail for you.',
    onlyOne: 'Here is what prevents the connection:',
    several: 'Here is what we found, most important first:',
    shows: 'Your output shows:',
    whatToDo: 'What to do:',
    tryAgain: 'Then try to connect again. If it still fails, reply to this mail with the new output.',
    signature: ['Best regards,', 'The support team'],
  },
  fr: {
    hello: (login) => (login ? `Bonjour ${login},` : 'Bonjour,'),
    thanks: "Merci pour l'envoi du résultat du test de connexion.",
    works: 'Votre résultat montre que la connexion au cluster fonctionne : vous êtes bien connecté.',
    stillWorthFixing: 'Quelques points restent à corriger :',
    noCause: [
      "Nous n'avons pas trouvé la cause du problème dans le résultat envoyé.",
      "Merci de relancer la commande complète et de nous envoyer tout ce qu'elle affiche, y compris",
      "la partie `ssh -vvv` (en texte, pas en capture d'écran) :",
    ],
    yourLogin: 'votre_login@le_cluster',
    orRunDoctor: 'ou lancez `ssh-doctor`, qui prépare le mail pour vous.',
    onlyOne: 'Voici ce qui empêche la connexion :',
    several: 'Voici ce que nous avons trouvé, du plus important au moins important :',
    shows: 'Votre résultat montre :',
    whatToDo: 'À faire :',
    tryAgain:
      'Essayez ensuite de vous reconnecter. Si cela échoue encore, répondez à ce mail avec le nouveau résultat.',
    signature: ['Cordialement,', "L'équipe support"],
  },
};

function findingPart(f: Finding, n: number | null, w: ReplyWords): string[] {
  const lines = [`${n === null ? '' : `${n}. `}${f.title}`, '', f.explanation, ''];
  if (f.evidence.length > 0) {
    lines.push(w.shows, ...f.evidence.slice(0, 3).map((e) => `    ${e.text}`), '');
  }
  lines.push(`${w.whatToDo} ${f.fix.text}`);
  if (f.fix.commands.length > 0) lines.push('', ...f.fix.commands.map((c) => `    ${c}`));
  lines.push('');
  return lines;
}

/** A polite plain-text reply: greeting, what we found with its fix commands, how to follow up, signature. */
export function draftReply(ticket: TriagedTicket, lang: Language = 'en'): string {
  const w = WORDS[lang];
  const shown = ticket.findings.filter((f) => f.severity !== 'info' && f.category !== 'success');
  const lines = [w.hello(ticket.login), '', w.thanks, ''];
  if (ticket.cause === 'success') {
    lines.push(w.works, '');
    if (shown.length > 0) lines.push(w.stillWorthFixing, '');
  } else if (shown.length === 0) {
    lines.push(
      ...w.noCause,
      '',
      '    uname -a;ls -al $HOME/.ssh;ssh-add -l;ssh-add -L;head -2 $HOME/.ssh/id_rsa;cat $HOME/.ssh/id_rsa.pub;date;',
      `    ssh -vvv ${w.yourLogin}`,
      '',
      w.orRunDoctor,
      '',
    );
  } else {
    lines.push(shown.length === 1 ? w.onlyOne : w.several, '');
  }
  shown.forEach((f, i) => {
    lines.push(...findingPart(f, shown.length > 1 ? i + 1 : null, w));
  });
  if (ticket.cause !== 'success' && shown.length > 0) lines.push(w.tryAgain, '');
  return [...lines, ...w.signature].join('\n');
}
