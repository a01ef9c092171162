// Table tests of the SSH2xx rules (keys offered, passphrase, agent, authentication failures).
import { fire, quiet } from '../cases/ssh2xx-auth.js';
import { describeRuleTable } from '../test-table.js';

describeRuleTable('SSH2xx authentication, agent and keys', fire, quiet);
