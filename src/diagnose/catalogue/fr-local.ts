// Textes français des règles SSH3xx (fichiers locaux, configuration, politique du site) ; mêmes clés, placeholders et commandes que EN_LOCAL.
import type { Catalogue } from './catalogue.js';
import { EN_LOCAL } from './en-local.js';

/** Shell commands are never translated: they come from the English catalogue. */
const cmd = (id: string): string[] => EN_LOCAL[id]?.commands ?? [];

export const FR_LOCAL: Catalogue = {
  SSH301: {
    title: 'ssh a ignoré {path} : ses droits sont trop ouverts',
    explanation:
      "OpenSSH refuse une clé privée lisible par d'autres utilisateurs (mode {mode}), ou qu'il ne peut pas lire lui-même.",
    fix: "Sur votre ordinateur : rendez la clé lisible par vous seul, comme l'indique la page du site.",
    commands: cmd('SSH301'),
  },
  SSH302: {
    title: "La clé privée {path} est lisible par d'autres (mode {mode})",
    explanation: "ssh refusera d'utiliser cette clé (« UNPROTECTED PRIVATE KEY FILE »).",
    fix: "Sur votre ordinateur : restreignez-en l'accès à vous seul.",
    commands: cmd('SSH302'),
  },
  SSH303: {
    title: "{path} est modifiable par d'autres",
    explanation:
      "ssh s'arrête avant de se connecter si son fichier de configuration est modifiable par le groupe ou par les autres, ou s'il appartient à un autre utilisateur.",
    fix: 'Sur votre ordinateur : faites en sorte que le fichier vous appartienne et ne soit modifiable que par vous.',
    commands: cmd('SSH303'),
  },
  SSH304: {
    title: 'ssh ne peut pas lire le fichier de clé {path} ({reason})',
    explanation:
      "Le fichier n'est pas une clé privée qu'OpenSSH comprend : un .ppk PuTTY/MobaXterm, une clé publique enregistrée à la place de la privée, une copie tronquée, ou des fins de ligne Windows.",
    fix: 'Sur votre ordinateur : convertissez ou remplacez le fichier (clé PuTTY : exportez-la au format OpenSSH ; CRLF : dos2unix).',
    commands: cmd('SSH304'),
  },
  SSH305: {
    title: "{path} est une clé PuTTY/MobaXterm (.ppk) : OpenSSH ne peut pas l'utiliser",
    explanation:
      "OpenSSH ne lit que les clés privées OpenSSH/PEM ; un .ppk doit d'abord être exporté (MobaXterm/PuTTYgen : Conversions > Export OpenSSH key).",
    fix: 'Sur votre ordinateur : convertissez la clé, puis rendez-la lisible par vous seul.',
    commands: cmd('SSH305'),
  },
  SSH306: {
    title: "Votre clé est de type {type} ; le site n'accepte que les clés {allowed}",
    explanation:
      "Le site refuse les autres types de clé, quelle que soit la façon dont la clé est collée ; une clé {type} n'y est jamais acceptée.",
    fix: 'Sur votre ordinateur : créez une clé RSA de {bits} bits avec une phrase de passe, sous le nom par défaut, et enregistrez son .pub via le formulaire de demande de compte.',
    commands: cmd('SSH306'),
  },
  SSH307: {
    title: 'Votre clé RSA fait {bits} bits ; le site refuse les clés de moins de {minBits} bits',
    explanation:
      'Les clés de moins de {minBits} bits sont refusées par le site et par les serveurs OpenSSH récents.',
    fix: 'Sur votre ordinateur : créez une clé RSA de {recommendedBits} bits avec une phrase de passe et enregistrez son .pub.',
    commands: cmd('SSH307'),
  },
  SSH308: {
    title: 'Votre clé RSA fait {bits} bits ; le site recommande {recommendedBits} bits',
    explanation: 'La clé fonctionne, mais le site demande des clés RSA de {recommendedBits} bits.',
    fix: 'Rien à faire maintenant : gardez cette clé. La prochaine fois que vous créerez une clé, faites-la de {recommendedBits} bits (ssh-doctor setup le fait).',
    commands: cmd('SSH308'),
  },
  SSH309: {
    title: "La clé privée {path} n'a pas de phrase de passe",
    explanation:
      'Quiconque copie ce fichier peut se connecter à votre place ; le site exige une phrase de passe sur chaque clé.',
    fix: 'Sur votre ordinateur : ajoutez une phrase de passe à la clé existante (la clé publique ne change pas, rien à réenregistrer).',
    commands: cmd('SSH309'),
  },
  SSH310: {
    title: "Le .pub à côté de {path} n'est pas sa clé publique",
    explanation:
      'Le fichier de clé publique contient une autre clé que la clé privée : la clé que vous avez enregistrée (à partir du .pub) ne peut pas fonctionner avec cette clé privée.',
    fix: 'Sur votre ordinateur : régénérez le .pub à partir de la clé privée, puis enregistrez-le de nouveau via le formulaire de demande de compte.',
    commands: cmd('SSH310'),
  },
  SSH311: {
    title: "Votre clé {path} n'est jamais proposée : elle ne porte pas un nom par défaut",
    explanation:
      "ssh n'essaie que ~/.ssh/id_rsa (et les autres noms par défaut), sauf si ~/.ssh/config désigne la clé avec IdentityFile ; {name} est donc ignorée.",
    fix: "Sur votre ordinateur : renommez-la en ~/.ssh/id_rsa (et son .pub en id_rsa.pub) si vous n'avez pas encore d'id_rsa, ou indiquez-la pour cet hôte dans ~/.ssh/config.",
    commands: cmd('SSH311'),
  },
  SSH312: {
    title: '{file} ligne {line} : {version} ne connaît pas « {option} »',
    explanation:
      "ssh s'arrête à la première option inconnue. La ligne PubkeyAcceptedAlgorithms de la page d'aide du site nécessite OpenSSH 8.5 ; les versions plus anciennes l'appellent PubkeyAcceptedKeyTypes.",
    fix: 'Sur votre ordinateur : remplacez « {option} » par « {instead} » à cette ligne (ou supprimez la ligne, ou mettez à jour OpenSSH).',
    commands: cmd('SSH312'),
  },
  SSH313: {
    title: 'Votre programme SSH ne sait pas lire la clé {path}',
    explanation:
      'Le client utilisé (PuTTY, plink, WinSCP, ou une bibliothèque : Go, paramiko, JSch, node ssh2) ne comprend pas ce format de clé privée : PuTTY exige un .ppk (il ne lit pas une clé OpenSSH telle quelle), les bibliothèques anciennes veulent le format PEM.',
    fix: 'Sur votre ordinateur : convertissez la clé pour ce programme (PuTTYgen : Conversions > Import key, puis Save private key en .ppk ; ou `puttygen` ci-dessous), ou donnez à la bibliothèque une copie au format PEM.',
    commands: cmd('SSH313'),
  },
};
