// Textes français des règles SSH0xx (réseau, DNS, connexion) ; mêmes clés, placeholders et commandes que EN_NETWORK.
import type { Catalogue } from './catalogue.js';
import { EN_NETWORK } from './en-network.js';

/** Shell commands are never translated: they come from the English catalogue. */
const cmd = (id: string): string[] => EN_NETWORK[id]?.commands ?? [];

export const FR_NETWORK: Catalogue = {
  SSH001: {
    title: "Le nom d'hôte {host} ne se résout pas",
    explanation:
      "ssh n'a pas pu traduire {host} en adresse ({reason}) : faute de frappe, pas de réseau, ou problème de DNS/VPN sur cette machine.",
    fix: "Sur votre ordinateur : vérifiez l'orthographe du nom d'hôte et que la machine est bien connectée au réseau, puis réessayez.",
    commands: cmd('SSH001'),
  },
  SSH010: {
    title: "{host} ressemble à un alias Host que ssh n'a pas appliqué",
    explanation:
      "Un nom sans point est en général un alias défini dans ~/.ssh/config ; ssh l'a pris pour un vrai nom d'hôte, donc l'alias n'a pas été lu (mauvais fichier, ou ligne Host qui ne correspond pas).",
    fix: "Sur votre ordinateur : définissez l'alias dans ~/.ssh/config (ou utilisez le nom d'hôte complet).",
    commands: cmd('SSH010'),
  },
  SSH002: {
    title: 'Connexion refusée par {host} sur le port {port}',
    explanation:
      "La machine répond, mais rien n'accepte de connexion SSH sur le port {port} (mauvais port, sshd arrêté, ou pare-feu qui rejette).",
    fix: "Vérifiez le nom d'hôte et le port (le site utilise le port 22). S'ils sont corrects, c'est le serveur ou un pare-feu qui vous refuse : prévenez le support en joignant ce rapport.",
    commands: cmd('SSH002'),
  },
  SSH003: {
    title: 'La connexion à {host} sur le port {port} a expiré',
    explanation:
      'Aucune réponse : les paquets sont perdus en route (pare-feu, machine éteinte, ou réseau qui impose un VPN pour joindre le site).',
    fix: "Côté réseau : essayez depuis un autre réseau ou connectez-vous d'abord au VPN de votre établissement ; si le délai expire toujours, prévenez le support avec ce rapport.",
    commands: cmd('SSH003'),
  },
  SSH004: {
    title: "{host} a accepté la connexion mais n'a jamais répondu en SSH",
    explanation:
      "La connexion TCP est établie mais la bannière SSH n'est pas arrivée à temps : serveur surchargé, équipement intermédiaire qui filtre, ou résolution DNS inverse lente côté serveur.",
    fix: 'Réessayez dans quelques minutes ; si cela persiste, prévenez le support (problème côté serveur) avec ce rapport.',
    commands: cmd('SSH004'),
  },
  SSH005: {
    title: 'Aucune route vers {host}',
    explanation:
      "Cette machine n'a aucun chemin réseau vers le serveur ({error}) : hors ligne, VPN manquant, ou pare-feu local.",
    fix: 'Sur votre ordinateur / votre réseau : vérifiez la connexion réseau et le VPN, puis réessayez.',
    commands: cmd('SSH005'),
  },
  SSH006: {
    title: 'Le serveur a fermé la connexion ({phase})',
    explanation:
      'La connexion a été coupée par {host} (ou par un équipement placé devant) : adresse bloquée (fail2ban, hosts.deny), trop de connexions simultanées, ou mauvais port.',
    fix: 'Côté serveur : attendez 10 minutes et réessayez une seule fois ; si cela persiste, envoyez au support votre adresse IP publique et ce rapport.',
    commands: cmd('SSH006'),
    phrases: { 'before-banner': 'avant la bannière SSH', 'during-login': "pendant l'authentification" },
  },
  SSH007: {
    title: "Le proxy ou l'hôte de rebond a échoué avant d'atteindre le serveur",
    explanation:
      "La connexion passe par {via} ; cette étape a échoué (rebond refusé, cible injoignable, redirection interdite), donc le vrai serveur n'a jamais été atteint.",
    fix: "Sur votre ordinateur : testez d'abord l'hôte de rebond seul, puis corrigez son entrée dans ~/.ssh/config (ProxyJump/ProxyCommand).",
    commands: cmd('SSH007'),
  },
  SSH008: {
    title: 'Le port {port} de {host} ne répond pas comme un serveur SSH',
    explanation:
      "Autre chose écoute sur ce port (serveur web, équipement ne parlant que SSH-1) : le port ou le nom d'hôte est erroné.",
    fix: "Sur votre ordinateur : utilisez le bon nom d'hôte et le port 22 (supprimez toute ligne Port pour cet hôte dans ~/.ssh/config).",
    commands: cmd('SSH008'),
  },
  SSH009: {
    title: 'Connecté : la connexion fonctionne',
    explanation: "Le serveur a accepté votre clé ; il n'y a rien à corriger pour la connexion elle-même.",
    fix: 'Rien à faire.',
    commands: cmd('SSH009'),
  },
  SSH011: {
    title: "Le programme du proxy a échoué avant d'atteindre le serveur ({what})",
    explanation:
      "La connexion passe par {via} ; son propre programme a échoué avant que ssh ne parle au serveur : commande absente sur cette machine ou sur le rebond (nc, ncat, aws, gcloud), tunnel cloud qui a refusé (AWS SSM, GCP IAP, service bastion), ou programme que Windows n'a pas pu lancer.",
    fix: 'Sur votre ordinateur : lancez la commande du proxy seule pour voir son erreur, installez le programme manquant (sur le rebond pour nc) ou utilisez ProxyJump au lieu de nc, et vérifiez que le service de tunnel vous autorise.',
    commands: cmd('SSH011'),
    phrases: {
      missing: 'programme introuvable',
      tunnel: 'tunnel refusé',
      spawn: 'lancement impossible',
      connect: "il n'a pas pu joindre le serveur",
    },
  },
};
