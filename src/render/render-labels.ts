// The words of the text report around the catalogue's texts, per language (`--lang`, profile `language`), so that
// a French diagnosis is not framed in English. Rule titles, explanations and fixes come from src/diagnose/catalogue.
import type { Profile } from '../profile/profile.js';

export type Language = Profile['language'];

export interface ReportLabels {
  header(version: string, target: string): string;
  profile(id: string, createdAt: string): string;
  connected: string;
  failed(cause: string): string;
  notTested(cause: string): string;
  unknown(cause: string): string;
  publicKey(path: string, what: string): string;
  keyReady: string;
  keyNeedsFix: string;
  keyRejected: string;
  evidence: string;
  fix: string;
  noProblem: string;
  transcript: string;
  timedOut(ms: number): string;
  stoppedEarly: string;
}

export const REPORT_LABELS: Record<Language, ReportLabels> = {
  en: {
    header: (v, t) => `ssh-doctor ${v} report for ${t}`,
    profile: (id, at) => `profile ${id}, created ${at}`,
    connected: 'Connection: OK (logged in)',
    failed: (c) => `Connection: FAILED — cause: ${c}`,
    notTested: (c) => `Connection: not tested — cause: ${c}`,
    unknown: (c) => `Connection: unknown — cause: ${c}`,
    publicKey: (p, w) => `Public key ${p} (${w}):`,
    keyReady: 'ready to paste into the account form',
    keyNeedsFix: 'needs fixing before it is pasted (ssh-doctor check-key prints the right line)',
    keyRejected: 'not accepted by the account form',
    evidence: 'Evidence:',
    fix: 'Fix:',
    noProblem: 'No problem found.',
    transcript: '--- Transcript (the support one-liner, run by ssh-doctor) ---',
    timedOut: (ms) => `[timed out after ${ms} ms]`,
    stoppedEarly: '[ended by ssh-doctor once authenticated: no shell was opened on the server]',
  },
  fr: {
    header: (v, t) => `ssh-doctor ${v} : rapport pour ${t}`,
    profile: (id, at) => `profil ${id}, créé le ${at}`,
    connected: 'Connexion : OK (connecté)',
    failed: (c) => `Connexion : ÉCHEC — cause : ${c}`,
    notTested: (c) => `Connexion : non testée — cause : ${c}`,
    unknown: (c) => `Connexion : résultat inconnu — cause : ${c}`,
    publicKey: (p, w) => `Clé publique ${p} (${w}) :`,
    keyReady: 'prête à coller dans le formulaire de compte',
    keyNeedsFix: 'à corriger avant de la coller (ssh-doctor check-key affiche la bonne ligne)',
    keyRejected: 'refusée par le formulaire de compte',
    evidence: 'Preuves :',
    fix: 'À faire :',
    noProblem: 'Aucun problème trouvé.',
    transcript: '--- Transcription (la commande du support, lancée par ssh-doctor) ---',
    timedOut: (ms) => `[délai dépassé après ${ms} ms]`,
    stoppedEarly: "[arrêté par ssh-doctor une fois authentifié : aucun shell n'a été ouvert sur le serveur]",
  },
};
