// Table tests of the SSH2xx passphrase and agent rules.

import { describeRuleTable } from '../support/rule-table.js';
import { fire, quiet } from './cases/ssh2xx-agent.js';

describeRuleTable('SSH2xx passphrase and agent', fire, quiet);
