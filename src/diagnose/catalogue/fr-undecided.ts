// Texte français de SSH099 : ce qui a été lu quand rien n'a désigné la cause.
import type { Catalogue } from './catalogue.js';

export const FR_UNDECIDED: Catalogue = {
  SSH099: {
    title: 'Aucune cause trouvée : ce qui a été lu',
    explanation:
      'Lu : {sections} ({sshLines} lignes de ssh reconnues, {unknownLines} autres lignes) ; {why}. Les lignes citées sont les dernières comprises.',
    fix: 'Support : lire les lignes citées ; si elles n’expliquent pas l’échec, demander la sortie complète de `ssh -vvv login@host`, de la ligne de commande à la dernière ligne.',
    phrases: {
      'no-ssh-log': 'il ne contient aucune sortie de ssh, donc rien ne dit pourquoi la connexion a échoué',
      'no-ssh-line': 'aucune de ses lignes n’est un message de ssh',
      'no-error-line':
        'le journal de ssh s’arrête avant tout message d’erreur (coupé, ou ssh encore en cours)',
      'unknown-error': 'sa dernière ligne d’erreur n’est pas un message connu de cet outil',
    },
  },
};
