// English titles, explanations and fixes, keyed by rule id (placeholders: see each rule's params).
import type { Catalogue } from './catalogue.js';
import { EN_AUTH } from './en-auth.js';
import { EN_HOSTKEYS } from './en-hostkeys.js';
import { EN_LOCAL } from './en-local.js';
import { EN_NETWORK } from './en-network.js';
import { EN_UNDECIDED } from './en-undecided.js';

export const EN: Catalogue = { ...EN_NETWORK, ...EN_HOSTKEYS, ...EN_AUTH, ...EN_LOCAL, ...EN_UNDECIDED };
