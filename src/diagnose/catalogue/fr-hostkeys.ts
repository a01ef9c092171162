// Textes français des règles SSH1xx (clés d'hôte et algorithmes) ; mêmes clés, placeholders et commandes que EN_HOSTKEYS.
import type { Catalogue } from './catalogue.js';
import { EN_HOSTKEYS } from './en-hostkeys.js';

/** Shell commands are never translated: they come from the English catalogue. */
const cmd = (id: string): string[] => EN_HOSTKEYS[id]?.commands ?? [];

const ALLOW_SSH_RSA =
  "Sur votre ordinateur : autorisez ssh-rsa pour cet hôte uniquement, comme l'indique la page d'aide du site.";

export const FR_HOSTKEYS: Catalogue = {
  SSH101: {
    title: "La clé d'hôte du serveur {host} a changé",
    explanation:
      "La clé envoyée par le serveur ({fingerprint}) diffère de celle enregistrée dans {file} à la ligne {line}. Soit le serveur a été réinstallé, soit quelqu'un intercepte la connexion. Comparaison avec l'empreinte officielle publiée par le site : {official}.",
    fix: "Vérifiez d'abord l'empreinte auprès du support (ou sur la page web du site). Seulement si c'est bien l'empreinte officielle, supprimez l'ancienne entrée sur votre ordinateur et reconnectez-vous.",
    commands: cmd('SSH101'),
    phrases: {
      'official-match': 'elle correspond',
      'official-mismatch': 'elle ne correspond PAS',
      'official-unknown': 'vérification impossible (aucune empreinte publiée)',
    },
  },
  SSH102: {
    title: "La clé d'hôte de {target} est inconnue et ssh n'a pas pu vous demander confirmation",
    explanation:
      "Première connexion : la clé du serveur ({fingerprint}) n'est pas dans known_hosts, et ssh tournait sans terminal ou en vérification stricte, il a donc refusé au lieu de poser la question.",
    fix: "Sur votre ordinateur : connectez-vous une fois depuis un terminal et répondez yes après avoir vérifié l'empreinte, ou acceptez automatiquement les nouvelles clés.",
    commands: cmd('SSH102'),
  },
  SSH103: {
    title: "Aucun algorithme de clé d'hôte en commun : le serveur ne propose que {offer}",
    explanation:
      "Votre OpenSSH n'accepte plus l'ancienne clé d'hôte {alg} proposée par le serveur (désactivée par défaut depuis OpenSSH 8.8). Le serveur est ancien, votre clé RSA doit donc aussi utiliser la signature SHA-1 avec lui.",
    fix: 'Sur votre ordinateur : autorisez ssh-rsa pour cet hôte uniquement (cela affaiblit la sécurité, donc pas pour les autres hôtes).',
    commands: cmd('SSH103'),
  },
  SSH104: {
    title: "Aucune méthode d'échange de clés en commun avec le serveur",
    explanation: 'Le serveur ne propose que {offer}, que votre OpenSSH a désactivé car jugé trop faible.',
    fix: 'Sur votre ordinateur : réactivez une des méthodes du serveur pour cet hôte uniquement (cela affaiblit la sécurité).',
    commands: cmd('SSH104'),
  },
  SSH105: {
    title: 'Aucun algorithme de chiffrement en commun avec le serveur',
    explanation: 'Le serveur ne propose que {offer}, que votre OpenSSH a désactivé.',
    fix: 'Sur votre ordinateur : réactivez un des algorithmes de chiffrement du serveur pour cet hôte uniquement (cela affaiblit la sécurité).',
    commands: cmd('SSH105'),
  },
  SSH106: {
    title: 'Aucun MAC en commun avec le serveur',
    explanation: 'Le serveur ne propose que {offer}, que votre OpenSSH a désactivé.',
    fix: 'Sur votre ordinateur : réactivez un des MAC du serveur pour cet hôte uniquement (cela affaiblit la sécurité).',
    commands: cmd('SSH106'),
  },
  SSH107: {
    title: "Votre clé n'a pas été utilisée : aucun algorithme de signature en commun avec le serveur",
    explanation:
      "Votre OpenSSH refuse de signer avec ssh-rsa (SHA-1), et {server} ne propose rien de mieux pour cette clé : la clé a été ignorée et n'a jamais été présentée au serveur.",
    fix: ALLOW_SSH_RSA,
    commands: cmd('SSH107'),
  },
  SSH108: {
    title: 'Votre clé RSA a été ignorée : le serveur ({server}) est antérieur à rsa-sha2',
    explanation:
      "OpenSSH 8.8 et suivants ne signent les clés RSA qu'avec rsa-sha2, que les serveurs antérieurs à 7.2 ne connaissent pas ; ssh a ignoré la clé sans rien dire, le serveur n'a donc reçu aucune clé.",
    fix: ALLOW_SSH_RSA,
    commands: cmd('SSH108'),
  },
  SSH109: {
    title: 'Votre OpenSSH {client} est trop ancien pour ce serveur (OpenSSH {server})',
    explanation:
      "Les clients antérieurs à 7.2 ne signent les clés RSA qu'en SHA-1, ce que les serveurs à partir d'OpenSSH 8.8 refusent ; la clé est refusée quelle que soit la façon dont elle a été enregistrée.",
    fix: 'Sur votre ordinateur : mettez à jour OpenSSH (ou MobaXterm/PuTTY) vers une version récente.',
    commands: cmd('SSH109'),
  },
  SSH110: {
    title: 'Ce serveur ne connaît que ssh-rsa (SHA-1)',
    explanation:
      "Votre OpenSSH (8.8 ou plus récent) désactive ssh-rsa par défaut ; avec ce serveur, il faut ajouter pour cet hôte les deux lignes de la page d'aide du site.",
    fix: 'Sur votre ordinateur : ajoutez les deux lignes pour cet hôte uniquement.',
    commands: cmd('SSH110'),
  },
  SSH111: {
    title: 'Le serveur a refusé votre clé RSA signée en SHA-1 ({version})',
    explanation:
      "ssh s'est authentifié avec votre clé RSA, mais en signant avec ssh-rsa (SHA-1), que le serveur (GitHub et d'autres depuis 2022) n'accepte plus : il a donc refusé d'ouvrir la session. Les clients antérieurs à OpenSSH 7.2, ou une configuration qui force ssh-rsa, signent de cette façon.",
    fix: 'Sur votre ordinateur : mettez à jour OpenSSH (ou Git for Windows), supprimez toute ligne PubkeyAcceptedAlgorithms/HostkeyAlgorithms qui force ssh-rsa, ou utilisez une clé ed25519 pour ce service.',
    commands: cmd('SSH111'),
  },
};
