// Table tests of the SSH2xx passphrase and agent rules.
import { fire, quiet } from '../cases/ssh2xx-agent.js';
import { describeRuleTable } from '../test-table.js';

describeRuleTable('SSH2xx passphrase and agent', fire, quiet);
