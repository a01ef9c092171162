// Table tests of the SSH2xx rules (keys offered, passphrase, agent, authentication failures).

import { describeRuleTable } from '../support/rule-table.js';
import { fire, quiet } from './cases/ssh2xx-auth.js';

describeRuleTable('SSH2xx authentication, agent and keys', fire, quiet);
