// Textes français (titres, explications, corrections), par identifiant de règle ; les commandes shell restent celles d'EN.
import type { Catalogue } from './catalogue.js';
import { FR_AUTH } from './fr-auth.js';
import { FR_HOSTKEYS } from './fr-hostkeys.js';
import { FR_LOCAL } from './fr-local.js';
import { FR_NETWORK } from './fr-network.js';
import { FR_UNDECIDED } from './fr-undecided.js';

export const FR: Catalogue = { ...FR_NETWORK, ...FR_HOSTKEYS, ...FR_AUTH, ...FR_LOCAL, ...FR_UNDECIDED };
