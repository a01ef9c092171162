// Textes français des règles SSH2xx (authentification, agent, clés proposées) ; mêmes clés, placeholders et commandes que EN_AUTH.
import type { Catalogue } from './catalogue.js';
import { EN_AUTH } from './en-auth.js';

/** Shell commands are never translated: they come from the English catalogue. */
const cmd = (id: string): string[] => EN_AUTH[id]?.commands ?? [];

const ONLY_SITE_KEY = 'Sur votre ordinateur : ne proposez que votre clé du site pour cet hôte.';

export const FR_AUTH: Catalogue = {
  SSH201: {
    title: 'Le serveur a refusé votre clé {key}',
    explanation:
      "ssh a proposé {count} clé(s) et le serveur les a toutes refusées : la clé publique enregistrée pour {login} n'est pas celle-ci ({fingerprint}), elle a été abîmée au copier-coller, ou le compte n'est pas encore ouvert.",
    fix: 'Côté compte : vérifiez la clé publique envoyée avec le formulaire de demande de compte, puis envoyez au support exactement cette clé (une seule ligne, commençant par ssh-rsa).',
    commands: cmd('SSH201'),
  },
  SSH202: {
    title: "Aucune clé n'a été proposée au serveur",
    explanation:
      "ssh n'a trouvé aucune clé privée utilisable (tous les fichiers d'identité par défaut sont absents) : il n'avait rien à proposer et le serveur a refusé la connexion.",
    fix: "Sur votre ordinateur : lancez ssh-doctor setup. Il utilise la clé que vous avez déjà, quel que soit son nom (export MobaXterm, meso_rsa...), ou en crée une comme le demande le site si vous n'en avez pas, et affiche la clé publique à enregistrer.",
    commands: cmd('SSH202'),
  },
  SSH203: {
    title: "Le fichier de clé {path} n'existe pas",
    explanation:
      "Une ligne IdentityFile ou une option -i désigne {path}, qui est absent : cette clé n'a donc jamais été proposée.",
    fix: 'Sur votre ordinateur : corrigez le chemin dans ~/.ssh/config (ou sur la ligne de commande) pour pointer vers votre vraie clé privée.',
    commands: cmd('SSH203'),
  },
  SSH204: {
    title: "La phrase de passe de {key} est erronée ou n'a pas pu être demandée",
    explanation:
      "Votre clé privée est protégée par une phrase de passe ; elle a été mal saisie, ou ssh n'avait pas de terminal pour la demander (BatchMode, script, IDE).",
    fix: "Sur votre ordinateur : chargez une fois la clé dans l'agent (en tapant la phrase de passe), puis réessayez ; si la phrase de passe est perdue, créez une nouvelle clé et enregistrez-la.",
    commands: cmd('SSH204'),
  },
  SSH205: {
    title: "Le serveur accepte {key}, mais cette machine n'a pas pu l'utiliser",
    explanation:
      "Le serveur accepte la clé : elle est correctement enregistrée. La clé privée n'a pas pu signer : sa phrase de passe n'était pas disponible (pas de terminal, BatchMode, mauvaise phrase de passe) ou l'agent qui la détient a échoué.",
    fix: "Sur votre ordinateur : chargez la clé dans un agent en cours d'exécution (en tapant la phrase de passe), puis réessayez.",
    commands: cmd('SSH205'),
  },
  SSH206: {
    title: "Votre clé {key} est chiffrée et n'est pas chargée dans l'agent",
    explanation:
      "ssh-doctor lance ssh sans terminal (BatchMode) et ne peut donc pas demander la phrase de passe ; la clé n'est utilisable que via l'agent.",
    fix: "Sur votre ordinateur : ajoutez la clé à l'agent, puis relancez ssh-doctor (ou lancez-le avec --interactive).",
    commands: cmd('SSH206'),
  },
  SSH207: {
    title: "L'agent SSH a refusé de signer ou a échoué",
    explanation:
      'La clé est détenue par un agent (ssh-agent, gnome-keyring, gpg-agent, Pageant) qui a refusé la signature : agent verrouillé, clé ajoutée avec confirmation, agent périmé ou trop ancien.',
    fix: "Sur votre ordinateur : rechargez la clé dans l'agent (ou contournez l'agent pour cet hôte).",
    commands: cmd('SSH207'),
  },
  SSH208: {
    title: "Aucun agent SSH n'est joignable",
    explanation:
      "C'est normal si votre clé est un fichier dans ~/.ssh : ssh la lit directement. Cela ne compte que si la clé se trouvait dans un agent (le journal montre alors qu'aucune clé n'a été proposée).",
    fix: "Rien à faire, sauf si votre clé n'existe que dans un agent : dans ce cas, démarrez-en un et ajoutez-y la clé.",
    commands: cmd('SSH208'),
  },
  SSH209: {
    title: "Trop d'échecs d'authentification : {count} clés proposées avant la bonne",
    explanation:
      "Le serveur coupe la connexion après MaxAuthTries (6 par défaut) clés refusées ; {agentCount} des {count} clés venaient de l'agent.",
    fix: ONLY_SITE_KEY,
    commands: cmd('SSH209'),
  },
  SSH210: {
    title: 'Votre agent contient {count} clés',
    explanation:
      "ssh propose toutes les clés de l'agent avant votre fichier de clé ; au-delà de 6 clés refusées, les serveurs coupent la connexion avec « Too many authentication failures ».",
    fix: ONLY_SITE_KEY,
    commands: cmd('SSH210'),
  },
  SSH211: {
    title: "L'identifiant « {user} » est l'exemple de la page d'aide",
    explanation:
      "La commande a été copiée sans remplacer l'exemple par votre propre identifiant : le serveur a donc cherché un compte qui n'existe pas.",
    fix: 'Sur votre ordinateur : relancez la commande avec votre propre identifiant.',
    commands: cmd('SSH211'),
  },
  SSH212: {
    title: 'Le serveur a refusé la connexion de {login}',
    explanation:
      "Permission refusée, et la sortie ne contient pas de lignes détaillées (verbose) pour en donner la raison : la clé n'a pas été acceptée (non enregistrée, mauvaise clé, ou compte pas encore ouvert).",
    fix: 'Relancez la commande avec ssh -vvv pour voir quelle clé est proposée, et vérifiez la clé que vous avez enregistrée.',
    commands: cmd('SSH212'),
  },
  SSH213: {
    title: "Le serveur n'accepte pas de clé pour {login} (seulement : {methods})",
    explanation:
      "Le serveur n'a jamais proposé l'authentification par clé publique pour ce compte : le compte n'est pas encore ouvert à la connexion par clé, ou l'identifiant est erroné.",
    fix: 'Côté compte : vérifiez votre identifiant et demandez au support si le compte est bien ouvert.',
    commands: cmd('SSH213'),
  },
  SSH214: {
    title: 'Seule la partie publique de {key} est présente sur cette machine',
    explanation:
      'Le serveur accepte la clé, mais le fichier de clé privée manque ici (clé générée sur un autre ordinateur) ; ssh ne peut pas signer sans lui.',
    fix: "Sur votre ordinateur : copiez la clé privée depuis l'ordinateur où vous l'avez générée vers {key}, puis appliquez-lui chmod 600.",
    commands: cmd('SSH214'),
  },
  SSH215: {
    title: 'Votre clé a été acceptée ; la deuxième étape ({methods}) a échoué',
    explanation:
      "Le serveur exige deux méthodes à la suite (AuthenticationMethods) : votre clé a fonctionné (« partial success »), puis il a demandé {methods} et cette étape a échoué ({how}). Votre clé n'est pas en cause.",
    fix: "Sur votre ordinateur : connectez-vous depuis un vrai terminal (pas un script, BatchMode ni un IDE) pour que ssh puisse demander votre mot de passe ou code à usage unique, et ayez votre second facteur sous la main ; s'il est refusé, demandez au support de vérifier ce facteur.",
    commands: cmd('SSH215'),
    phrases: {
      'no-terminal': 'ssh ne pouvait pas le demander : pas de terminal',
      refused: 'la réponse a été refusée',
    },
  },
  SSH216: {
    title: 'Le serveur a refusé la connexion de {login} ({said})',
    explanation:
      "Le serveur n'a accepté aucune des clés ni aucun des mots de passe reçus : la clé proposée (par ssh, PuTTY, MobaXterm, WinSCP, ou une bibliothèque comme Go, paramiko ou JSch) n'est pas celle enregistrée, le mot de passe était faux, ou le compte n'est pas ouvert.",
    fix: 'Sur votre ordinateur : vérifiez quelle clé votre programme utilise (PuTTY : Connection > SSH > Auth ; Pageant) et que sa clé publique est celle que vous avez enregistrée ; puis réessayez avec OpenSSH, ssh -vvv, pour en voir plus.',
    commands: cmd('SSH216'),
    phrases: { password: 'mot de passe refusé', client: 'selon votre programme SSH' },
  },
};
